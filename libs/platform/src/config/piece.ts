import { z } from 'zod';

/**
 * The environment is read once at start, one piece at a time (ADR 26): each piece is a zod schema
 * over the variables it reads, named as they are set, and a function that takes exactly those
 * variables from the environment by name. A process composes the pieces it needs, so the
 * variables a process reads are the ones its pieces name (scripts/docker checks them against the
 * compose file by scanning the sources).
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** Checks and shapes one piece's variables; the first problem stops the process with its message. */
export function readPiece<Schema extends z.ZodType>(schema: Schema, variables: z.input<Schema>): z.output<Schema> {
  const result = schema.safeParse(variables);
  if (!result.success) throw new ConfigError(result.error.issues[0]?.message ?? 'Invalid configuration');
  return result.data;
}

const shown = (input: unknown) => `"${String(input)}"`;

/** A count, a size in bytes, a duration in milliseconds. */
export function wholeNumber(name: string, fallback: number, minimum = 0) {
  return z
    .string()
    .default(String(fallback))
    .refine((text) => Number.isSafeInteger(Number(text)) && Number(text) >= minimum, {
      error: (issue) =>
        `${name} must be a whole number${minimum > 0 ? ` of at least ${minimum}` : ''}, got ${shown(issue.input)}`,
    })
    .transform(Number);
}

/** One of a few words, `fallback` when unset. */
export function oneOf<const Values extends readonly [string, ...string[]]>(
  name: string,
  values: Values,
  fallback: Values[number],
) {
  return z.string().default(fallback).pipe(allowedWords(name, values));
}

/** One of a few words, or unset: the piece then decides from other variables. */
export function optionalOneOf<const Values extends readonly [string, ...string[]]>(name: string, values: Values) {
  return z.string().pipe(allowedWords(name, values)).optional();
}

function allowedWords<const Values extends readonly [string, ...string[]]>(name: string, values: Values) {
  return z.enum(values, {
    error: (issue) => `${name} must be one of ${values.join(', ')}, got ${shown(issue.input)}`,
  });
}

/** A TCP port; 0 asks for any free one. */
export function port(name: string, fallback: number) {
  return z
    .string()
    .default(String(fallback))
    .refine((text) => isPort(Number(text)), { error: (issue) => portRefused(name, issue.input) })
    .transform(Number);
}

/** A TCP port that may be left unset (or empty). */
export function optionalPort(name: string) {
  return optionalText()
    .refine((text) => text === undefined || isPort(Number(text)), { error: (issue) => portRefused(name, issue.input) })
    .transform((text) => (text === undefined ? undefined : Number(text)));
}

const isPort = (value: number) => Number.isSafeInteger(value) && value >= 0 && value <= 65_535;
const portRefused = (name: string, input: unknown) => `${name} must be a port number, got ${shown(input)}`;

/** Free text such as a URL; an empty value counts as unset. */
export function optionalText() {
  return z
    .string()
    .optional()
    .transform((text) => (text === '' ? undefined : text));
}

/** `a, b,c` → ['a', 'b', 'c']. */
export function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** What a piece's cross-variable check reports, as zod expects it. */
export function refuse(context: z.RefinementCtx, message: string): void {
  context.addIssue({ code: 'custom', message });
}
