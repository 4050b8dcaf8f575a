import type { Allocation, PartyId } from './case.types';

/**
 * Assistants (协理员: police-insurer patrol members, rural traffic-safety assistants, insurance
 * service staff) file a case for its parties from one device; each party then confirms.
 */

/** Who filed a case for its parties. */
export interface Filer {
  assistantId: string;
  organisation: string;
}

/**
 * How a party confirmed what the assistant recorded: the one-time code typed on the assistant's
 * device (`CODE`), their name and phone signed there (`SIGNATURE`), or the code on their own
 * phone as a driver (`OWN_PHONE`, which links their driver account to the party).
 */
export const CONFIRMATION_METHODS = ['CODE', 'SIGNATURE', 'OWN_PHONE'] as const;
export type ConfirmationMethod = (typeof CONFIRMATION_METHODS)[number];

/** A one-time code sent to a party: only its keyed hash is ever recorded. */
export interface CodeSent {
  codeHash: string;
  sentAt: string;
  expiresAt: string;
  attemptsLeft: number;
}

export interface PartyConsent {
  method: ConfirmationMethod;
  confirmedAt: string;
}

/** The agreement an assistant recorded for the parties, and how far its confirmation went. */
export interface AssistedAgreement {
  allocation: Allocation;
  recordedBy: string;
  recordedAt: string;
  /** The newest code sent to each party, while it is unused. */
  codes: Partial<Record<PartyId, CodeSent>>;
  /** How many codes each party was sent for this agreement (they are limited). */
  codesSent: Partial<Record<PartyId, number>>;
  confirmed: Partial<Record<PartyId, PartyConsent>>;
}
