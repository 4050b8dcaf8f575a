export type ClaimRefusalKind = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'RULE';

/** A command the claim refuses; `code` is stable and part of the API contract. */
export class ClaimRefused extends Error {
  constructor(
    readonly code: string,
    readonly kind: ClaimRefusalKind,
    message: string,
    readonly details: readonly { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ClaimRefused';
  }
}
