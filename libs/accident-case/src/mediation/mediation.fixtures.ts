import type { CaseCommand } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import { assigned, at, decided, disputedEvents, OTHER_OFFICER } from '../domain/case.fixtures';

/** The mediation tests' givens: B disputed the first decision, another officer reviewed it at minute 9. */
export const reviewedCase = (): CaseEvent[] => [
  ...disputedEvents(),
  assigned(OTHER_OFFICER.officerId, 8),
  decided(OTHER_OFFICER.officerId, 'REVIEW', 9),
];

export const MEDIATION_ID = 'mediation-1';
export const COMMITTEE = 'yuzhong-insurance-mediation';

export const askMediation = (driverId: string, reason = 'the review is wrong'): CaseCommand => ({
  type: 'RequestMediation',
  driverId,
  mediationId: MEDIATION_ID,
  reason,
  now: at(10),
});

/** A asked for mediation of the review at minute 10. */
export const inMediation = (): CaseEvent[] => [
  ...reviewedCase(),
  { type: 'LiabilityDisputed', data: { party: 'A', reason: 'the review is wrong', disputedAt: at(10) } },
  {
    type: 'MediationRequested',
    data: {
      mediationId: MEDIATION_ID,
      party: 'A',
      reason: 'the review is wrong',
      committee: COMMITTEE,
      requestedAt: at(10),
    },
  },
];
