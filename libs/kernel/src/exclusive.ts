type KeysOfUnion<Union> = Union extends unknown ? keyof Union : never;

/**
 * A union whose members say which of the other members' fields they lack (`field?: never`), so
 * a field can be read from the union as a whole (`state.decision` is `Decision | undefined`)
 * while a narrowed member still carries exactly what exists in it.
 */
export type Exclusive<Union, Keys extends PropertyKey = KeysOfUnion<Union>> = Union extends unknown
  ? Union & { readonly [Key in Exclude<Keys, keyof Union>]?: never }
  : never;
