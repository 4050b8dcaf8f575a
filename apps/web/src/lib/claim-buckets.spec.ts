import type { ClaimView } from '../api/types';
import { bucketOf, needsApproval } from './claim-buckets';

const claim = (extra: Partial<ClaimView> = {}): ClaimView => ({
  claimId: 'k1',
  caseId: 'c1',
  party: 'A',
  plate: '渝A12345',
  handlingInsurer: 'PICC',
  status: 'OPEN',
  payouts: [],
  flags: [],
  flagDetails: [],
  assessments: [],
  rejections: [],
  hold: null,
  ...extra,
});

const held = { rule: 'STANDARD' as const, straightThrough: false, lines: [] };

describe('an adjuster’s work list', () => {
  it('puts open and rejected assessments of its own insured first', () => {
    expect(bucketOf(claim(), 'PICC')).toBe('toAssess');
    expect(bucketOf(claim({ status: 'ASSESSMENT_REJECTED' }), 'PICC')).toBe('toAssess');
    expect(bucketOf(claim(), 'CPIC')).toBe('inProgress');
  });

  it('asks the handling insurer to approve what did not go straight through', () => {
    const waiting = claim({ status: 'ACCEPTED', settlement: held });
    expect(needsApproval(waiting)).toBe(true);
    expect(bucketOf(waiting, 'PICC')).toBe('toApprove');
    expect(bucketOf(waiting, 'CPIC')).toBe('inProgress');
    expect(needsApproval({ ...waiting, settlement: { ...held, straightThrough: true } })).toBe(false);
  });

  it('files paid and closed claims as done', () => {
    expect(bucketOf(claim({ status: 'PAID' }), 'PICC')).toBe('done');
    expect(bucketOf(claim({ status: 'CLOSED' }), 'CPIC')).toBe('done');
  });
});
