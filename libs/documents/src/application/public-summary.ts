import { caseStreamId, type Allocation, type LiabilityLevel, type PartyId } from '@quickclaim/accident-case';
import { claimStreamId, type Coverage } from '@quickclaim/claims';
import { verificationPath, type DocumentReference } from '../fingerprint';
import type { DocumentKind, QuickClaimDocument } from '../model';
import { DOCUMENT_TITLES } from '../vocabulary';

/**
 * What the public verification answers about a document that matches: enough for an officer, an
 * insurer or a court clerk holding the paper to compare it line by line (kind, case, plates,
 * liability, amounts, dates), and nothing a person could be found by: no names, phones, licence
 * or policy numbers, no address. Whoever holds only the URL learns no more than that.
 */
export interface PublicSummary {
  kind: DocumentKind;
  title: string;
  caseId: string;
  claimId?: string;
  occurredAt: string;
  district: string;
  parties: { party: PartyId; plate: string; insurer: string; liability: LiabilityLevel }[];
  allocation?: Allocation;
  basis: 'AGREEMENT' | 'POLICE' | 'REVIEW';
  decidedBy?: string;
  decidedAt?: string;
  signedAt?: { party: PartyId; at: string }[];
  amounts?: {
    assessedFen: number;
    lines: { payer: string; coverage: Coverage; amountFen: number }[];
    paidFen: number;
  };
  issuedAt: string;
  streams: { streamId: string; revision: number }[];
  fingerprint: string;
  path: string;
}

export function publicSummary(document: QuickClaimDocument, reference: DocumentReference): PublicSummary {
  const streamIds =
    document.kind === 'settlement'
      ? [claimStreamId(document.claimId), caseStreamId(document.accident.caseId)]
      : [caseStreamId(document.accident.caseId)];
  const common = {
    kind: document.kind,
    title: DOCUMENT_TITLES[document.kind],
    caseId: document.accident.caseId,
    occurredAt: document.accident.occurredAt,
    district: document.accident.district,
    issuedAt: document.issuedAt,
    streams: streamIds.map((streamId, index) => ({ streamId, revision: reference.revisions[index] ?? -1 })),
    fingerprint: reference.fingerprint,
    path: verificationPath(reference),
  };
  switch (document.kind) {
    case 'agreement':
      return {
        ...common,
        parties: document.parties.map(({ party, plate, insurer, liability }) => ({ party, plate, insurer, liability })),
        allocation: document.allocation,
        basis: 'AGREEMENT',
        signedAt: document.signatures.map(({ party, signedAt }) => ({ party, at: signedAt })),
      };
    case 'decision':
      return {
        ...common,
        parties: document.parties.map(({ party, plate, insurer, liability }) => ({ party, plate, insurer, liability })),
        allocation: document.allocation,
        basis: document.basis,
        decidedBy: document.officerId,
        decidedAt: document.decidedAt,
      };
    case 'settlement':
      return {
        ...common,
        claimId: document.claimId,
        parties: [
          {
            party: document.claimant.party,
            plate: document.claimant.plate,
            insurer: document.claimant.insurer,
            liability: document.claimant.liability,
          },
          ...(document.counterpart
            ? [
                {
                  party: document.counterpart.party,
                  plate: document.counterpart.plate,
                  insurer: document.counterpart.insurer,
                  liability: document.counterpart.liability,
                },
              ]
            : []),
        ],
        basis: document.liabilityBasis,
        amounts: {
          assessedFen: document.assessment.totalFen,
          lines: document.settlement.lines,
          paidFen: document.paidFen,
        },
      };
    default: {
      const exhaustive: never = document;
      return exhaustive;
    }
  }
}
