import type {
  Assessment,
  ClaimFlagDetail,
  ClaimOpening,
  ClaimSettlement,
  Decline,
  Investigation,
  LineItem,
} from './claim.types';

export type ClaimEvent =
  | {
      type: 'ClaimOpened';
      data: ClaimOpening & { flagDetails?: ClaimFlagDetail[]; openedAt: string };
    }
  | { type: 'DamageAssessed'; data: Omit<Assessment, 'lineItems'> & { lineItems: LineItem[] } }
  | { type: 'AssessmentAccepted'; data: { acceptedAt: string; bySilence: boolean } }
  | { type: 'AssessmentRejected'; data: { reason: string; rejectedAt: string } }
  | { type: 'SettlementCalculated'; data: ClaimSettlement & { straightThrough: boolean; calculatedAt: string } }
  | { type: 'SettlementApproved'; data: { approvedBy: string; approvedAt: string; straightThrough: boolean } }
  | {
      type: 'PayoutRequested';
      data: {
        payoutId: string;
        payer: string;
        coverages: string[];
        amountFen: number;
        attempt: number;
        requestedAt: string;
      };
    }
  | { type: 'PayoutConfirmed'; data: { payoutId: string; reference?: string; confirmedAt: string } }
  | { type: 'PayoutFailed'; data: { payoutId: string; reason: string; failedAt: string; willRetry: boolean } }
  | { type: 'ClaimPaid'; data: { paidAt: string; totalFen: number } }
  | { type: 'ClaimClosed'; data: { closedAt: string } }
  // Issue 13: a held settlement investigated, or declined.
  | { type: 'ClaimInvestigationOpened'; data: Investigation }
  | { type: 'ClaimDeclined'; data: Decline }
  // Issue 15.2: mediation of an assessment rejected twice, or of a disputed review.
  | { type: 'ClaimMediationRequested'; data: { mediationId: string; reason: string; requestedAt: string } }
  | {
      type: 'SettlementAgreed';
      data: ClaimSettlement & {
        mediationId: string;
        totalFen: number;
        straightThrough: boolean;
        agreedAt: string;
      };
    }
  | { type: 'ClaimReferredOffline'; data: { mediationId: string; reason: string; referredAt: string } };

export const claimStreamId = (claimId: string): string => `claim-${claimId}`;
