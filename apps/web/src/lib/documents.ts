import type { CaseView, ClaimView } from '../api/types';

export interface Paper {
  key: string;
  path: string;
  filename: string;
  label: 'documents.agreement' | 'documents.decision' | 'documents.settlement';
  plate?: string;
}

/** The papers a party may download once issued (docs/adr/0029): the case's, and each paid claim's settlement. */
export function papersOf(
  view: Pick<CaseView, 'caseId' | 'liability'>,
  claims: readonly Pick<ClaimView, 'claimId' | 'status' | 'plate'>[],
): Paper[] {
  const papers: Paper[] = [];
  const liability = view.liability;
  if (liability?.final) {
    const kind = liability.basis === 'AGREEMENT' ? 'agreement' : 'decision';
    papers.push({
      key: kind,
      path: `/cases/${view.caseId}/documents/${kind}.pdf`,
      filename: `${kind}-${view.caseId}.pdf`,
      label: kind === 'agreement' ? 'documents.agreement' : 'documents.decision',
    });
  }
  for (const claim of claims) {
    if (claim.status !== 'PAID' && claim.status !== 'CLOSED') continue;
    papers.push({
      key: `settlement-${claim.claimId}`,
      path: `/claims/${claim.claimId}/documents/settlement.pdf`,
      filename: `settlement-${claim.claimId}.pdf`,
      label: 'documents.settlement',
      plate: claim.plate,
    });
  }
  return papers;
}
