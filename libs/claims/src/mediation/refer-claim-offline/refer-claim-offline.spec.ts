import { claimDecider } from '../../domain/claim.decider';
import { opened, refused, spec, T } from '../../domain/claim.fixtures';
import { inMediation } from '../mediation.fixtures';

const referOffline = {
  type: 'ReferClaimOffline',
  mediationId: 'mediation-b',
  reason: 'No mediator took it',
  now: T(30),
} as const;
const referred = {
  type: 'ClaimReferredOffline' as const,
  data: {
    mediationId: 'mediation-b',
    reason: 'The mediation failed; the claim continues offline: No mediator took it',
    referredAt: T(30),
  },
};

describe('ReferClaimOffline', () => {
  it('ends the claim’s online path with the failed mediation on the record, once', () => {
    spec.given(inMediation()).when(referOffline).then([referred]);
    const state = [...inMediation(), referred].reduce(claimDecider.evolve, claimDecider.initialState);
    expect(state.status).toBe('REFERRED_OFFLINE');
    spec
      .given([...inMediation(), referred])
      .when(referOffline)
      .thenNothingHappened();
  });

  it('is refused on a claim in no mediation', () => refused([opened()], referOffline, 'INVALID_CLAIM_STATUS'));
});
