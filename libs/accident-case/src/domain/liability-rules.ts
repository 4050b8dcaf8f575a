import type { Allocation, LiabilityLevel, PartyId } from './case.types';
import type { SituationCode } from './situations';

const COUNTERPART_LEVEL: Record<LiabilityLevel, LiabilityLevel> = {
  FULL: 'NONE',
  NONE: 'FULL',
  MAJOR: 'MINOR',
  MINOR: 'MAJOR',
  EQUAL: 'EQUAL',
};

/** FULL↔NONE, MAJOR↔MINOR, EQUAL↔EQUAL: the only allocations two parties can have. */
export function isValidAllocation(allocation: Allocation): boolean {
  return COUNTERPART_LEVEL[allocation.A] === allocation.B;
}

/** Self-negotiation online is only allowed when one party bears everything. */
export function isSelfNegotiable(allocation: Allocation): boolean {
  return isValidAllocation(allocation) && (allocation.A === 'FULL' || allocation.A === 'NONE');
}

export const SUGGESTION_RULES = ['ONLY_A_MATCHES', 'ONLY_B_MATCHES', 'BOTH_MATCH'] as const;
export type SuggestionRule = (typeof SUGGESTION_RULES)[number];

export interface LiabilitySuggestion {
  allocation: Allocation;
  rule: SuggestionRule;
}

/**
 * The desk's suggestion from the declared standard situations: when exactly one party matches a
 * situation that party normally bears full liability; when both match, liability is equal.
 * With no declared situation there is nothing to suggest.
 */
export function suggestLiability(situations: Record<PartyId, readonly SituationCode[]>): LiabilitySuggestion | null {
  const aMatches = situations.A.length > 0;
  const bMatches = situations.B.length > 0;
  if (aMatches && bMatches) return { allocation: { A: 'EQUAL', B: 'EQUAL' }, rule: 'BOTH_MATCH' };
  if (aMatches) return { allocation: { A: 'FULL', B: 'NONE' }, rule: 'ONLY_A_MATCHES' };
  if (bMatches) return { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' };
  return null;
}
