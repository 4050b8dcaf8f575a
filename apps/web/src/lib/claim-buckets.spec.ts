import type { ClaimView } from '../api/types';
import { bucketOf, canInvestigate, needsApproval } from './claim-buckets';

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

  it('files paid, closed and declined claims as done', () => {
    expect(bucketOf(claim({ status: 'PAID' }), 'PICC')).toBe('done');
    expect(bucketOf(claim({ status: 'CLOSED' }), 'CPIC')).toBe('done');
    expect(bucketOf(claim({ status: 'DECLINED' }), 'PICC')).toBe('done');
  });

  it('reads the hold the API tells: flagged or over the limit waits for approval, the rest does not', () => {
    const since = '2026-11-22T08:10:00.000Z';
    const flagged = claim({ status: 'ACCEPTED', settlement: held, hold: { reason: 'FLAGGED_FOR_REVIEW', since } });
    expect(needsApproval(flagged)).toBe(true);
    expect(canInvestigate(flagged)).toBe(true);
    expect(bucketOf(flagged, 'PICC')).toBe('toApprove');
    const waitingForOthers = claim({ status: 'ACCEPTED', hold: { reason: 'AWAITING_SETTLEMENT', since } });
    expect(needsApproval(waitingForOthers)).toBe(false);
    expect(bucketOf(waitingForOthers, 'PICC')).toBe('inProgress');
    expect(needsApproval(claim({ status: 'PAYING', hold: { reason: 'PAYOUT_FAILED_RETRYING', since } }))).toBe(false);
  });

  it('keeps a claim under investigation to approve or decline, not to investigate again', () => {
    const investigated = claim({
      status: 'UNDER_INVESTIGATION',
      settlement: held,
      hold: { reason: 'UNDER_INVESTIGATION', since: '2026-11-22T08:20:00.000Z' },
    });
    expect(needsApproval(investigated)).toBe(true);
    expect(canInvestigate(investigated)).toBe(false);
    expect(bucketOf(investigated, 'PICC')).toBe('toApprove');
  });
});
