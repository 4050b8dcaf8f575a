import { at, OFFICER, spec, thenRefused, underReview } from '../../domain/case.fixtures';

describe('ReferOffline', () => {
  it('refers the case offline with a reason', () => {
    spec
      .given(underReview())
      .when({ type: 'ReferOffline', ...OFFICER, reason: 'damaged public property', now: at(6) })
      .then([
        {
          type: 'CaseReferredOffline',
          data: { officerId: OFFICER.officerId, reason: 'damaged public property', referredAt: at(6) },
        },
      ]);
  });

  it('needs a reason to refer', () =>
    thenRefused(underReview(), { type: 'ReferOffline', ...OFFICER, reason: '', now: at(6) }, 'REASON_REQUIRED'));
});
