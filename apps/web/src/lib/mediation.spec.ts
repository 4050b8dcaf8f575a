import type { CaseView } from '../api/types';
import { committeeOf, districtOfCommittee, mediationAsks, payerOf, proposalOf } from './mediation';

const decided = (basis: 'POLICE' | 'REVIEW', extra: Partial<CaseView> = {}): CaseView =>
  ({
    caseId: 'c1',
    status: 'DECIDED',
    yourParty: 'B',
    parties: [{ party: 'A' }, { party: 'B' }],
    decision: {
      allocation: { A: 'NONE', B: 'FULL' },
      basis,
      decidedBy: 'officer-2',
      decidedAt: '2026-12-03T08:00:00.000Z',
      reasoning: '复核',
      situations: [],
      responseDeadline: '2026-12-06T08:00:00.000Z',
    },
    photos: [],
    ...extra,
  }) as unknown as CaseView;

const claim = (claimId: string, party: 'A' | 'B', rejections: number, status = 'ASSESSMENT_REJECTED' as const) => ({
  claimId,
  party,
  status,
  rejections: Array.from({ length: rejections }, (_, round) => ({
    round: round + 1,
    reason: 'too low',
    rejectedAt: '2026-12-03T08:00:00.000Z',
  })),
});

describe('online mediation in the consoles', () => {
  it('names a district’s committee and reads the district back', () => {
    expect(committeeOf('yuzhong')).toBe('yuzhong-insurance-mediation');
    expect(districtOfCommittee('jiangbei-insurance-mediation')).toBe('jiangbei');
    expect(districtOfCommittee('-insurance-mediation')).toBeNull();
    expect(districtOfCommittee('some-committee')).toBeNull();
  });

  it('charges own damage to the vehicle’s own party and the other covers to the other party', () => {
    expect(payerOf('A', 'OWN_DAMAGE')).toBe('A');
    expect(payerOf('A', 'COMPULSORY')).toBe('B');
    expect(payerOf('B', 'THIRD_PARTY')).toBe('A');
  });

  it('sends the typed yuan as whole fen, leaving out a vehicle without lines', () => {
    expect(
      proposalOf([
        {
          party: 'B',
          lines: [
            { payerParty: 'A', coverage: 'COMPULSORY', amount: '2,000' },
            { payerParty: 'A', coverage: 'THIRD_PARTY', amount: '1000.5' },
          ],
        },
        { party: 'A', lines: [] },
      ]),
    ).toEqual({
      vehicles: [
        {
          party: 'B',
          lines: [
            { payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
            { payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 100_050 },
          ],
        },
      ],
      totalFen: 300_050,
    });
  });

  it('names the lines whose amount is not a positive amount of yuan', () => {
    expect(
      proposalOf([
        {
          party: 'A',
          lines: [
            { payerParty: 'B', coverage: 'COMPULSORY', amount: '0' },
            { payerParty: 'A', coverage: 'OWN_DAMAGE', amount: '300' },
            { payerParty: 'A', coverage: 'OWN_DAMAGE', amount: '1.234' },
          ],
        },
      ]),
    ).toEqual({
      invalid: [
        { party: 'A', index: 0 },
        { party: 'A', index: 2 },
      ],
    });
  });

  it('offers mediation on a review the driver has not answered, never on a first decision', () => {
    expect(mediationAsks(decided('REVIEW'), []).onReview).toBe(true);
    expect(mediationAsks(decided('POLICE'), []).onReview).toBe(false);
    const answered = decided('REVIEW', {
      parties: [{ party: 'A' }, { party: 'B', accepted: true }] as unknown as CaseView['parties'],
    });
    expect(mediationAsks(answered, []).onReview).toBe(false);
    expect(mediationAsks(decided('REVIEW', { status: 'IN_MEDIATION' }), []).onReview).toBe(false);
  });

  it('offers mediation on the driver’s own claim rejected twice, until one was asked on it', () => {
    const view = decided('POLICE', { status: 'SETTLING' });
    const claims = [claim('b-twice', 'B', 2), claim('b-once', 'B', 1), claim('a-twice', 'A', 2)];
    expect(mediationAsks(view, claims).claimIds).toEqual(['b-twice']);
    const asked = decided('POLICE', { status: 'SETTLING', mediations: [{ mediationId: 'm1', claimId: 'b-twice' }] });
    expect(mediationAsks(asked, claims).claimIds).toEqual([]);
  });
});
