import { caseDecider } from './case.decider';
import { at, CASE_ID, decidedCase, DRIVER_A, DRIVER_B, fold, OFFICER, partyA } from './case.fixtures';

/** Stories across the sub-processes; each use case's own cases are in its folder's spec. */
describe('the accident case decider', () => {
  describe('whole stories', () => {
    it('reaches LIABILITY_FINAL through the police desk', () => {
      const state = fold([
        ...decidedCase(),
        { type: 'LiabilityAccepted', data: { party: 'A', acceptedAt: at(7), bySilence: false } },
      ]);
      const events = caseDecider.decide({ type: 'AcceptLiability', driverId: DRIVER_B, now: at(8) }, state);
      const final = fold(events, state);
      expect(final.status).toBe('LIABILITY_FINAL');
      expect(final.liability).toMatchObject({
        basis: 'POLICE',
        decidedBy: OFFICER.officerId,
        allocation: { A: 'NONE', B: 'FULL' },
      });
    });

    it('walks every status of the desk path', () => {
      const history = decidedCase();
      const statuses = history.map((_, index) => fold(history.slice(0, index + 1)).status);
      expect(statuses).toEqual([
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'AWAITING_POLICE',
        'UNDER_REVIEW',
        'DECIDED',
      ]);
      expect(fold(history).parties.A).toMatchObject({ ...partyA, driverId: DRIVER_A });
      expect(fold(history).caseId).toBe(CASE_ID);
    });
  });
});
