import { papersOf } from './documents';

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const final = (basis: 'AGREEMENT' | 'POLICE' | 'REVIEW') => ({
  allocation: { A: 'NONE' as const, B: 'FULL' as const },
  basis,
  decidedAt: '2026-12-03T12:00:00.000Z',
  final: true,
});

describe('the papers a party may download', () => {
  it('has none before liability is final', () => {
    expect(papersOf({ caseId: CASE_ID, liability: null }, [])).toEqual([]);
    expect(papersOf({ caseId: CASE_ID, liability: { ...final('POLICE'), final: false } }, [])).toEqual([]);
  });

  it('gives the agreement when the parties agreed, the decision when an officer decided', () => {
    expect(papersOf({ caseId: CASE_ID, liability: final('AGREEMENT') }, []).map((paper) => paper.path)).toEqual([
      `/cases/${CASE_ID}/documents/agreement.pdf`,
    ]);
    for (const basis of ['POLICE', 'REVIEW'] as const) {
      expect(papersOf({ caseId: CASE_ID, liability: final(basis) }, []).map((paper) => paper.path)).toEqual([
        `/cases/${CASE_ID}/documents/decision.pdf`,
      ]);
    }
  });

  it('adds the settlement of each claim once paid, and of no other', () => {
    const papers = papersOf({ caseId: CASE_ID, liability: final('AGREEMENT') }, [
      { claimId: 'claim-1', status: 'PAID', plate: '渝A12345' },
      { claimId: 'claim-2', status: 'CLOSED', plate: '渝B67890' },
      { claimId: 'claim-3', status: 'PAYING', plate: '渝C11111' },
      { claimId: 'claim-4', status: 'DECLINED', plate: '渝D22222' },
    ]);
    expect(papers.map((paper) => [paper.path, paper.plate])).toEqual([
      [`/cases/${CASE_ID}/documents/agreement.pdf`, undefined],
      ['/claims/claim-1/documents/settlement.pdf', '渝A12345'],
      ['/claims/claim-2/documents/settlement.pdf', '渝B67890'],
    ]);
  });
});
