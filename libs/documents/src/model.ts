import type { Allocation, LiabilityLevel, PartyDetails, PartyId } from '@quickclaim/accident-case';
import type { Coverage } from '@quickclaim/claims';

/**
 * What each document shows, as plain data: the renderer draws exactly this and nothing else, and
 * the verification endpoint answers from the same data, so the paper and the answer cannot drift.
 */

export type DocumentKind = 'agreement' | 'decision' | 'settlement';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['agreement', 'decision', 'settlement'];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** One driver and vehicle as declared in the case (their coverage is the insurers' business). */
export interface PartyOnDocument extends Omit<PartyDetails, 'coverage'> {
  party: PartyId;
  /** Situation codes the party declared (S01…S21). */
  situations: string[];
  note?: string;
  liability: LiabilityLevel;
}

/** The accident itself: the same block heads every document of a case. */
export interface AccidentFacts {
  caseId: string;
  occurredAt: string;
  reportedAt: string;
  address: string;
  district: string;
  weather?: string;
  description?: string;
}

export interface AgreementDocument {
  kind: 'agreement';
  accident: AccidentFacts;
  parties: PartyOnDocument[];
  allocation: Allocation;
  /** The party who proposed it; absent when an assistant recorded it for both (`recordedBy`). */
  proposedBy?: PartyId;
  proposedAt?: string;
  /** An assistant (协理员) recorded it on the scene for both parties, who each confirmed it. */
  recordedBy?: { assistantId: string; organisation: string; recordedAt: string };
  signatures: { party: PartyId; signedAt: string }[];
  /** When both signatures made liability final: the document's date. */
  issuedAt: string;
}

export interface DecisionDocument {
  kind: 'decision';
  accident: AccidentFacts;
  parties: PartyOnDocument[];
  allocation: Allocation;
  /** `REVIEW`: decided again (复核) by a second officer after a dispute. */
  basis: 'POLICE' | 'REVIEW';
  officerId: string;
  district: string;
  decidedAt: string;
  reasoning: string;
  /** The situations the officer found. */
  situations: string[];
  responses: { party: PartyId; acceptedAt: string; bySilence: boolean }[];
  issuedAt: string;
}

/** The counterpart of a claim: only what the claimant needs to know who pays. */
export interface CounterpartOnDocument {
  party: PartyId;
  plate: string;
  vehicleType?: string;
  insurer: string;
  policyNumber: string;
  liability: LiabilityLevel;
}

export interface SettlementDocument {
  kind: 'settlement';
  claimId: string;
  accident: AccidentFacts;
  liabilityBasis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
  claimant: PartyOnDocument;
  counterpart: CounterpartOnDocument | null;
  handlingInsurer: string;
  assessment: {
    lineItems: { description: string; amountFen: number }[];
    totalFen: number;
    assessedBy: string;
    assessedAt: string;
  };
  settlement: {
    rule: 'STANDARD' | 'MUTUAL_SELF_PAY';
    lines: { payer: string; coverage: Coverage; amountFen: number }[];
  };
  approval: { approvedBy: string; approvedAt: string; straightThrough: boolean };
  payouts: { payer: string; coverages: Coverage[]; amountFen: number; reference?: string; confirmedAt: string }[];
  paidFen: number;
  issuedAt: string;
}

export type QuickClaimDocument = AgreementDocument | DecisionDocument | SettlementDocument;

/** The last event of one stream a document reflects: its revision and its chain hash. */
export interface StreamAnchor {
  streamId: string;
  revision: number;
  hash: string;
}
