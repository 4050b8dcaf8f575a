import { at, fold, spec, thenRefused } from '../../domain/case.fixtures';
import { inMediation, MEDIATION_ID, reviewedCase } from '../mediation.fixtures';

const referOffline = {
  type: 'ReferOfflineAfterMediation',
  mediationId: MEDIATION_ID,
  reason: 'A party refused the settlement',
  now: at(60),
} as const;

describe('ReferOfflineAfterMediation', () => {
  it('ends the online path with the failed mediation on the record', () => {
    const referred = {
      type: 'CaseReferredOffline' as const,
      data: {
        reason: 'The mediation failed; the case continues offline: A party refused the settlement',
        referredAt: at(60),
        mediationId: MEDIATION_ID,
      },
    };
    spec.given(inMediation()).when(referOffline).then([referred]);
    expect(fold([...inMediation(), referred]).status).toBe('REFERRED_OFFLINE');
    spec
      .given([...inMediation(), referred])
      .when(referOffline)
      .thenNothingHappened();
  });

  it('is refused on a case in no mediation', () => thenRefused(reviewedCase(), referOffline, 'INVALID_CASE_STATUS'));
});
