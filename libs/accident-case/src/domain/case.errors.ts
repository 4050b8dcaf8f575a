/**
 * How a refusal is to be understood by any caller; the HTTP layer maps each kind to one status
 * (INVALID 400, NOT_FOUND 404, CONFLICT 409, RULE 422).
 */
export type RefusalKind = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'RULE';

export interface RefusalDetail {
  field: string;
  message: string;
}

/** A command the case refuses; `code` is stable and part of the API contract. */
export class CaseRefused extends Error {
  constructor(
    readonly code: string,
    readonly kind: RefusalKind,
    message: string,
    readonly details: readonly RefusalDetail[] = [],
  ) {
    super(message);
    this.name = 'CaseRefused';
  }
}

export const refuse = {
  notFound: (): CaseRefused => new CaseRefused('CASE_NOT_FOUND', 'NOT_FOUND', 'No such case'),
  alreadyExists: (): CaseRefused =>
    new CaseRefused('CASE_ALREADY_EXISTS', 'CONFLICT', 'A case with this id already exists'),
  wrongStatus: (action: string, status: string): CaseRefused =>
    new CaseRefused('INVALID_CASE_STATUS', 'CONFLICT', `Cannot ${action} while the case is ${status}`),
  rule: (code: string, message: string, details: readonly RefusalDetail[] = []): CaseRefused =>
    new CaseRefused(code, 'RULE', message, details),
  conflict: (code: string, message: string): CaseRefused => new CaseRefused(code, 'CONFLICT', message),
  invalid: (code: string, message: string, details: readonly RefusalDetail[] = []): CaseRefused =>
    new CaseRefused(code, 'INVALID', message, details),
};
