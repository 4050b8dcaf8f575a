import { caseDecider } from '../../domain/case.decider';
import {
  assigned,
  at,
  decided,
  decidedCase,
  dispute,
  disputedEvents,
  DRIVER_B,
  fold,
  OTHER_OFFICER,
  spec,
  thenRefused,
} from '../../domain/case.fixtures';

describe('DisputeLiability', () => {
  it('sends a first dispute back to the desk as a review', () => {
    spec
      .given(decidedCase())
      .when(dispute(DRIVER_B))
      .then([
        { type: 'LiabilityDisputed', data: { party: 'B', reason: 'not my fault', disputedAt: at(7) } },
        {
          type: 'PoliceDecisionRequested',
          data: {
            requestedBy: 'B',
            requestedAt: at(7),
            deadline: at(12),
            district: 'yuzhong',
            suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
            review: true,
          },
        },
      ]);
    expect(fold([...decidedCase(), ...caseDecider.decide(dispute(DRIVER_B), fold(decidedCase()))]).status).toBe(
      'DISPUTED',
    );
  });

  it('needs a reason to dispute', () => thenRefused(decidedCase(), dispute(DRIVER_B, ' '), 'REASON_REQUIRED'));

  describe('the review', () => {
    it('ends the online path when it is disputed in turn', () => {
      const history = [
        ...disputedEvents(),
        assigned(OTHER_OFFICER.officerId, 8),
        decided(OTHER_OFFICER.officerId, 'REVIEW', 9),
      ];
      const events = caseDecider.decide(dispute(DRIVER_B), fold(history));
      expect(events.map((event) => event.type)).toEqual(['LiabilityDisputed', 'CaseReferredOffline']);
      expect(fold([...history, ...events]).status).toBe('REFERRED_OFFLINE');
    });
  });
});
