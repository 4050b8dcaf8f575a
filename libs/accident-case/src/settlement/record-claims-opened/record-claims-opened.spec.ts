import {
  agreedCase,
  at,
  claimsOfBoth as claims,
  claimsOpened as opened,
  fold,
  joined,
  reported,
  spec,
  thenRefused,
} from '../../domain/case.fixtures';

describe('RecordClaimsOpened', () => {
  it('records the claims opened once liability is final, once', () => {
    spec
      .given(agreedCase())
      .when({ type: 'RecordClaimsOpened', claims, now: at(4) })
      .then([opened]);
    spec
      .given([...agreedCase(), opened])
      .when({ type: 'RecordClaimsOpened', claims, now: at(5) })
      .thenNothingHappened();
    expect(fold([...agreedCase(), opened]).status).toBe('SETTLING');
  });

  it('refuses claims before liability is final', () =>
    thenRefused([reported, joined], { type: 'RecordClaimsOpened', claims, now: at(4) }, 'INVALID_CASE_STATUS'));
});
