import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { ClaimCommand } from './claim.commands';
import { claimDecider } from './claim.decider';
import type { ClaimEvent } from './claim.events';
import type { ClaimOpening } from './claim.types';
import { settle } from './settlement';

/** Shared givens for the claim tests: B's claim against CPIC after A (PICC) was found fully at fault. */
export const spec = DeciderSpecification(claimDecider);
export const T = (minute: number) => `2026-11-22T09:${String(minute).padStart(2, '0')}:00.000Z`;
export const refused = (given: ClaimEvent[], command: ClaimCommand, code: string) =>
  spec
    .given(given)
    .when(command)
    .thenThrows(Refused, (error) => expect(error.code).toBe(code));

/** B's claim, handled by CPIC. */
export const OPENING: ClaimOpening = {
  claimId: 'claim-b',
  caseId: 'case-1',
  party: 'B',
  claimantId: 'driver-b',
  plate: '渝B67890',
  handlingInsurer: 'CPIC',
  flags: [],
};
export const opened = (flags: string[] = []): ClaimEvent => ({
  type: 'ClaimOpened',
  data: { ...OPENING, flags, openedAt: T(0) },
});
export const assessed: ClaimEvent = {
  type: 'DamageAssessed',
  data: {
    lineItems: [
      { description: 'rear bumper', amountFen: 300_000 },
      { description: 'tail light', amountFen: 200_000 },
    ],
    totalFen: 500_000,
    assessedBy: 'adjuster-cpic',
    assessedAt: T(5),
  },
};
export const accepted: ClaimEvent = { type: 'AssessmentAccepted', data: { acceptedAt: T(6), bySilence: false } };

/** B's loss of 500 000 fen against A (FULL, insured by PICC): the domain example. */
export const settlementOfB = () => {
  const [, ofB] = settle([
    {
      party: 'A',
      insurer: 'PICC',
      liability: 'FULL',
      lossFen: 300_000,
      thirdPartyLimitFen: 100_000_000,
      ownDamage: true,
    },
    {
      party: 'B',
      insurer: 'CPIC',
      liability: 'NONE',
      lossFen: 500_000,
      thirdPartyLimitFen: 100_000_000,
      ownDamage: true,
    },
  ]);
  return { rule: ofB!.rule, lines: ofB!.lines };
};

export const calculated = (straightThrough: boolean): ClaimEvent => ({
  type: 'SettlementCalculated',
  data: { ...settlementOfB(), straightThrough, calculatedAt: T(7) },
});
export const payoutRequested = (attempt = 1, minute = 7): ClaimEvent => ({
  type: 'PayoutRequested',
  data: {
    payoutId: 'payout-1',
    payer: 'PICC',
    coverages: ['COMPULSORY', 'THIRD_PARTY'],
    amountFen: 500_000,
    attempt,
    requestedAt: T(minute),
  },
});
/** Calculated and approved straight through: PICC's one payout requested at minute 7. */
export const paying = (): ClaimEvent[] => [
  opened(),
  assessed,
  accepted,
  calculated(true),
  {
    type: 'SettlementApproved',
    data: { approvedBy: 'system:straight-through', approvedAt: T(7), straightThrough: true },
  },
  payoutRequested(),
];
