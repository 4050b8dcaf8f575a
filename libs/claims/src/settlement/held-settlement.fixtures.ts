import type { ClaimEvent } from '../domain/claim.events';
import { OPENING, T } from '../domain/claim.fixtures';

/** A claim of B (handled by CPIC) whose settlement waits for its adjuster: what review use cases start from. */

export const at = T;

export const opened = (flags: string[] = ['NO_EXIF']): ClaimEvent => ({
  type: 'ClaimOpened',
  data: { ...OPENING, flags, openedAt: at(0) },
});

export const assessed = (totalFen = 500_000, minute = 5, note?: string): ClaimEvent => ({
  type: 'DamageAssessed',
  data: {
    lineItems: [{ description: 'rear bumper', amountFen: totalFen }],
    totalFen,
    assessedBy: 'adjuster-cpic',
    assessedAt: at(minute),
    ...(note ? { note } : {}),
  },
});

export const rejected = (reason: string, minute: number): ClaimEvent => ({
  type: 'AssessmentRejected',
  data: { reason, rejectedAt: at(minute) },
});

export const accepted = (minute = 6): ClaimEvent => ({
  type: 'AssessmentAccepted',
  data: { acceptedAt: at(minute), bySilence: false },
});

export const calculated = (minute = 7): ClaimEvent => ({
  type: 'SettlementCalculated',
  data: {
    rule: 'STANDARD',
    lines: [
      { payer: 'PICC', payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
      { payer: 'PICC', payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 300_000 },
    ],
    straightThrough: false,
    calculatedAt: at(minute),
  },
});

/** Opened with a flag, assessed, accepted and settled: held for the adjuster. */
export const held = (): ClaimEvent[] => [opened(), assessed(), accepted(), calculated()];

export const investigationOpened = (minute = 8): ClaimEvent => ({
  type: 'ClaimInvestigationOpened',
  data: { note: 'photo seen in another case', openedBy: 'adjuster-cpic', openedAt: at(minute) },
});
