import { agreedCase, at, claimsOpened, fold, reported, spec, thenRefused } from '../../domain/case.fixtures';
import { COMMITTEE } from '../mediation.fixtures';

const record = { type: 'RecordClaimMediation', mediationId: 'mediation-b', claimId: 'claim-b', now: at(30) } as const;
const recorded = {
  type: 'ClaimMediationRecorded' as const,
  data: { mediationId: 'mediation-b', claimId: 'claim-b', committee: COMMITTEE, recordedAt: at(30) },
};

describe('RecordClaimMediation', () => {
  it("records a claim's mediation on its settling case, for the committee's mediators to see it (once)", () => {
    const settling = [...agreedCase(), claimsOpened];
    spec.given(settling).when(record).then([recorded]);
    const state = fold([...settling, recorded]);
    expect(state.status).toBe('SETTLING');
    expect(state.mediations).toEqual([{ mediationId: 'mediation-b', committee: COMMITTEE, claimId: 'claim-b' }]);
    spec
      .given([...settling, recorded])
      .when(record)
      .thenNothingHappened();
  });

  it('is refused before any claim is open', () => thenRefused([reported], record, 'INVALID_CASE_STATUS'));
});
