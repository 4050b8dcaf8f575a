import type { ClaimEvent } from '../domain/claim.events';
import { assessed, opened, T } from '../domain/claim.fixtures';
import type { SettlementLine } from '../domain/settlement';

/** B's claim with its assessment rejected twice (minutes 6 and 8). */
export const rejectedTwice = (): ClaimEvent[] => [
  opened(),
  assessed,
  { type: 'AssessmentRejected', data: { reason: 'the door too', rejectedAt: T(6) } },
  { ...assessed, data: { ...assessed.data, assessedAt: T(7) } } as ClaimEvent,
  { type: 'AssessmentRejected', data: { reason: 'still too low', rejectedAt: T(8) } },
];

export const inMediation = (): ClaimEvent[] => [
  ...rejectedTwice(),
  { type: 'ClaimMediationRequested', data: { mediationId: 'mediation-b', reason: 'garage quote', requestedAt: T(9) } },
];

/** What B is paid under the agreement: A's compulsory and third-party insurance (PICC). */
export const MEDIATED_LINES: SettlementLine[] = [
  { payer: 'PICC', payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
  { payer: 'PICC', payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 80_000 },
];
