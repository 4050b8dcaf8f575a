import type { AssistedAgreement } from '../domain/assistance.types';
import { refuse } from '../domain/case.errors';
import type { CaseEvent } from '../domain/case.events';
import { requireCase } from '../domain/case.rules';
import type { CaseIn, ReportedCaseState } from '../domain/case.state';
import { otherParty, type PartyId } from '../domain/case.types';
import { isAtOrAfter } from '../domain/time';

/** How long a one-time code holds, how often it may be tried, and how often one may be sent. */
export const CONFIRMATION_CODE_MINUTES = 10;
export const CONFIRMATION_CODE_ATTEMPTS = 5;
export const CONFIRMATION_CODES_PER_PARTY = 5;
export const CONFIRMATION_CODE_RESEND_SECONDS = 60;

/** The case the assistant filed; any other case is, to them, no case at all. */
export function requireFilingAssistant(state: ReportedCaseState, assistantId: string): ReportedCaseState {
  if (state.filedBy?.assistantId !== assistantId) throw refuse.caseNotFound();
  return requireCase(state);
}

/** The agreement the assistant recorded, which the parties confirm. */
export function requireAssistedAgreement(state: CaseIn<'REPORTED'>): AssistedAgreement {
  if (!state.assisted) {
    throw refuse.rule('NO_AGREEMENT_PROPOSED', 'Record the agreement first: the parties confirm what was recorded');
  }
  return state.assisted;
}

export function requireUnconfirmed(assisted: AssistedAgreement, party: PartyId): void {
  if (assisted.confirmed[party]) {
    throw refuse.conflict('PARTY_ALREADY_CONFIRMED', `Party ${party} has already confirmed the agreement`);
  }
}

/**
 * The party's code, checked: null when the hash matches. A wrong code costs an attempt, which is
 * recorded (ConfirmationCodeRejected, answered as CONFIRMATION_CODE_WRONG); no code, an expired
 * one or one tried too often is refused and records nothing.
 */
export function checkCode(
  assisted: AssistedAgreement,
  party: PartyId,
  codeHash: string,
  method: 'CODE' | 'OWN_PHONE',
  now: string,
): CaseEvent[] | null {
  const code = assisted.codes[party];
  if (!code) throw refuse.rule('NO_CONFIRMATION_CODE', `No code was sent to party ${party}: ask for one first`);
  if (isAtOrAfter(now, code.expiresAt)) {
    throw refuse.rule('CONFIRMATION_CODE_EXPIRED', 'The code has expired: ask for a new one');
  }
  if (code.attemptsLeft <= 0) {
    throw refuse.rule('CONFIRMATION_ATTEMPTS_EXHAUSTED', 'The code was tried too often: ask for a new one');
  }
  if (codeHash === code.codeHash) return null;
  return [
    { type: 'ConfirmationCodeRejected', data: { party, method, attemptsLeft: code.attemptsLeft - 1, rejectedAt: now } },
  ];
}

/** The party's confirmation, and final liability by agreement once the other party confirmed too. */
export function confirmed(
  assisted: AssistedAgreement,
  confirmation: Extract<CaseEvent, { type: 'PartyConfirmed' }>['data'],
): CaseEvent[] {
  const events: CaseEvent[] = [{ type: 'PartyConfirmed', data: confirmation }];
  if (!assisted.confirmed[otherParty(confirmation.party)]) return events;
  const now = confirmation.confirmedAt;
  return [
    ...events,
    {
      type: 'LiabilityFinalized',
      data: { allocation: assisted.allocation, basis: 'AGREEMENT', decidedAt: now, finalizedAt: now },
    },
  ];
}

/** 13800000001, 138 0000 0001 and +86 138-0000-0001 are one phone. */
export function samePhone(left: string, right: string): boolean {
  const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^86(?=\d{11}$)/, '');
  return digits(left) === digits(right);
}

/** 张 三 and 张三 are one signature; Latin names are compared without case. */
export function sameName(left: string, right: string): boolean {
  const letters = (name: string) => name.replace(/[\s·.]/g, '').toLowerCase();
  return letters(left) === letters(right);
}
