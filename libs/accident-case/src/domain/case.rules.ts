import type { RefusalDetail } from '@quickclaim/kernel';
import type { CaseCommandType } from './case.commands';
import { refuse, type CaseErrorCode } from './case.errors';
import type { CaseEvent } from './case.events';
import { partyOfDriver, type CaseIn, type CaseState, type ReportedCaseState } from './case.state';
import { CASE_COMMANDS, isAllowedIn, type AllowedStatus } from './case.transitions';
import type { PartyId, RecordedFlagDetail } from './case.types';
import { normalisePlate, plateKind } from './plates';
import { MAX_SITUATIONS_PER_PARTY, isSituationCode, type SituationCode } from './situations';

/** The checks several decisions share, each refusing with the case's own codes. */

/** The case in a status the transition table allows the command in, or INVALID_CASE_STATUS. */
export function requireStatus<Type extends CaseCommandType>(
  state: ReportedCaseState,
  type: Type,
): CaseIn<AllowedStatus<Type>> {
  if (!isAllowedIn(type, state.status)) throw refuse.wrongStatus(CASE_COMMANDS[type].action, state.status);
  return state as CaseIn<AllowedStatus<Type>>;
}

/** A case exists, or CASE_NOT_FOUND. */
export function requireCase(state: CaseState): ReportedCaseState {
  if (state.status === 'NONE') throw refuse.caseNotFound();
  return state;
}

/** The party the driver is on this case; a driver who is none is told there is no such case. */
export function requireParty(state: ReportedCaseState, driverId: string): PartyId {
  const party = partyOfDriver(state, driverId);
  if (!party) throw refuse.caseNotFound();
  return party;
}

export function requirePartyB(state: ReportedCaseState): void {
  if (!state.parties.B) throw refuse.rule('PARTY_B_MISSING', 'The other driver has not joined the case yet');
}

export function requireText(value: string, field: string, code: CaseErrorCode): string {
  const text = (value ?? '').trim();
  if (!text) throw refuse.invalid(code, `${field} is required`, [{ field, message: 'must not be empty' }]);
  return text;
}

export function invalidAllocation() {
  return refuse.invalid('INVALID_ALLOCATION', 'Allocations must be FULL/NONE, MAJOR/MINOR or EQUAL/EQUAL', [
    { field: 'allocation', message: 'is not a valid pair' },
  ]);
}

export function validateSituations(codes: readonly string[], field: string): SituationCode[] {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((code) => !isSituationCode(code));
  if (unknown.length > 0) {
    throw refuse.invalid(
      'UNKNOWN_SITUATION',
      `Unknown situation codes: ${unknown.join(', ')}`,
      unknown.map((code): RefusalDetail => ({ field, message: `${code} is not one of S01–S21` })),
    );
  }
  if (unique.length > MAX_SITUATIONS_PER_PARTY) {
    throw refuse.invalid('TOO_MANY_SITUATIONS', `At most ${MAX_SITUATIONS_PER_PARTY} situations`, [
      { field, message: `must list at most ${MAX_SITUATIONS_PER_PARTY}` },
    ]);
  }
  return unique.filter(isSituationCode);
}

/**
 * A CaseFlagged event for the flags not raised before and what the signals found, if either.
 * Each detail is about this command's subject (A's plate at the report, B's when B joins), so
 * a flag the case had may come with a new detail (a second plate seen again).
 */
export function flagged(
  flags: readonly string[],
  details: readonly RecordedFlagDetail[],
  already: readonly string[],
  now: string,
): CaseEvent[] {
  const fresh = [...new Set(flags)].filter((flag) => !already.includes(flag));
  if (fresh.length === 0 && details.length === 0) return [];
  return [
    {
      type: 'CaseFlagged',
      data: { flags: fresh, flaggedAt: now, ...(details.length > 0 ? { details: [...details] } : {}) },
    },
  ];
}

/** 渝A·12345, 渝a 12345 and 渝A12345 are one plate. */
export function samePlate(left: string, right: string): boolean {
  return normalisePlate(left) === normalisePlate(right);
}

/** The party's details with their plate in its recorded form, or INVALID_PLATE when it is no Chinese plate. */
export function withValidPlate<Details extends { plate: string }>(party: Details): Details {
  if (plateKind(party.plate) === null) {
    throw refuse.invalid('INVALID_PLATE', `${party.plate} is not a Chinese number plate`, [
      {
        field: 'party.plate',
        message: 'must be a Chinese plate: 渝A12345, new energy 渝AD12345 or 渝A12345D, or 警/学/挂/应急/领/使/港/澳',
      },
    ]);
  }
  return { ...party, plate: normalisePlate(party.plate) };
}
