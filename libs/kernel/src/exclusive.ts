type KeysOfUnion<Union> = Union extends unknown ? keyof Union : never;

/**
 * A union whose members say which of the other members' fields they lack (`field?: never`), so
 * a field can be read from the union as a whole (`state.decision` is `Decision | undefined`)
 * while a narrowed member still carries exactly what exists in it.
 */
export type Exclusive<Union, Keys extends PropertyKey = KeysOfUnion<Union>> = Union extends unknown
  ? Union & { readonly [Key in Exclude<Keys, keyof Union>]?: never }
  : never;

/**
 * The members of a status-discriminated union that may be in one of the statuses `S`, each
 * narrowed to those of its statuses (`CaseIn<'DECIDED'>`: the decided case, with its decision).
 */
export type InStatus<Variant, S> = Variant extends { status: infer Own }
  ? [Extract<Own, S>] extends [never]
    ? never
    : Variant & { status: Extract<Own, S> }
  : never;
