import type { ClaimFlagDetail, ClaimOpening, ClaimSettlement, LineItem } from './claim.types';
import type { SettlementLine } from './settlement';

interface Timed {
  now: string;
}

export type ClaimCommand =
  | ({ type: 'OpenClaim'; flagDetails?: ClaimFlagDetail[] } & ClaimOpening & Timed)
  | ({ type: 'AssessDamage'; adjusterId: string; insurer: string; lineItems: LineItem[]; note?: string } & Timed)
  | ({ type: 'AcceptAssessment'; driverId: string } & Timed)
  | ({ type: 'AcceptAssessmentBySilence' } & Timed)
  | ({ type: 'RejectAssessment'; driverId: string; reason: string } & Timed)
  | ({
      type: 'CalculateSettlement';
      settlement: ClaimSettlement;
      /** Settlements at or under this amount with no flag are approved with no adjuster. */
      straightThroughLimitFen: number;
      payoutIds: string[];
    } & Timed)
  | ({ type: 'ApproveSettlement'; adjusterId: string; insurer: string; payoutIds: string[] } & Timed)
  | ({
      type: 'RecordPayoutResult';
      payoutId: string;
      insurer: string;
      status: 'PAID' | 'FAILED';
      reference?: string;
      reason?: string;
      /** The request attempt this result answers; a result for an older attempt is a late duplicate. */
      attempt?: number;
    } & Timed)
  // Issue 13: the handling insurer's adjuster on a settlement held for review.
  | ({ type: 'OpenInvestigation'; adjusterId: string; insurer: string; note: string } & Timed)
  | ({ type: 'DeclineClaim'; adjusterId: string; insurer: string; reason: string } & Timed)
  // Issue 15.2: the claimant asks for mediation; the mediation process records its outcome.
  | ({ type: 'RequestClaimMediation'; driverId: string; mediationId: string; reason: string } & Timed)
  | ({
      type: 'SettleByMediation';
      mediationId: string;
      lines: SettlementLine[];
      straightThroughLimitFen: number;
      payoutIds: string[];
    } & Timed)
  | ({ type: 'ReferClaimOffline'; mediationId: string; reason: string } & Timed);

export type ClaimCommandType = ClaimCommand['type'];

export type ClaimCommandOf<Type extends ClaimCommandType> = Extract<ClaimCommand, { type: Type }>;
