/**
 * How a refusal is to be understood by any caller; the HTTP layer maps each kind to one status
 * (INVALID 400, NOT_FOUND 404, CONFLICT 409, RULE 422).
 */
export type RefusalKind = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'RULE';

export interface RefusalDetail {
  field: string;
  message: string;
}

/**
 * A command an aggregate refuses. `code` is stable and part of the API contract; each context
 * narrows it to its closed union of codes (`Refused<CaseErrorCode>`), so a code nobody declared
 * does not compile.
 */
export class Refused<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly kind: RefusalKind,
    message: string,
    readonly details: readonly RefusalDetail[] = [],
  ) {
    super(message);
    this.name = 'Refused';
  }
}

/** The four ways a context refuses, each taking only that context's codes. */
export function refusals<Code extends string>() {
  return {
    invalid: (code: Code, message: string, details: readonly RefusalDetail[] = []): Refused<Code> =>
      new Refused(code, 'INVALID', message, details),
    notFound: (code: Code, message: string): Refused<Code> => new Refused(code, 'NOT_FOUND', message),
    conflict: (code: Code, message: string): Refused<Code> => new Refused(code, 'CONFLICT', message),
    rule: (code: Code, message: string, details: readonly RefusalDetail[] = []): Refused<Code> =>
      new Refused(code, 'RULE', message, details),
  };
}
