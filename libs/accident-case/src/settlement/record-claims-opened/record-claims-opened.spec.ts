import {
  at,
  claimsOfBoth as claims,
  claimsOpened as opened,
  finalByAgreement as final,
  fold,
  joined,
  reported,
  spec,
  thenRefused,
} from '../../domain/case.fixtures';

describe('RecordClaimsOpened', () => {
  it('records the claims opened once liability is final, once', () => {
    spec
      .given([reported, joined, final])
      .when({ type: 'RecordClaimsOpened', claims, now: at(4) })
      .then([opened]);
    spec
      .given([reported, joined, final, opened])
      .when({ type: 'RecordClaimsOpened', claims, now: at(5) })
      .thenNothingHappened();
    expect(fold([reported, joined, final, opened]).status).toBe('SETTLING');
  });

  it('refuses claims before liability is final', () =>
    thenRefused([reported, joined], { type: 'RecordClaimsOpened', claims, now: at(4) }, 'INVALID_CASE_STATUS'));
});
