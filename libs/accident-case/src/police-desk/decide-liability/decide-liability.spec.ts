import type { CaseCommand } from '../../domain/case.commands';
import {
  assigned,
  at,
  awaitingPolice,
  decided,
  disputedEvents,
  OFFICER,
  OTHER_OFFICER,
  spec,
  thenRefused,
  underReview,
} from '../../domain/case.fixtures';

describe('DecideLiability', () => {
  const decide = (
    officer = OFFICER,
    minutes = 6,
    allocation = { A: 'NONE', B: 'FULL' } as const,
    reasoning = 'B hit A from behind',
  ): CaseCommand => ({
    type: 'DecideLiability',
    ...officer,
    allocation,
    situations: ['S01'],
    reasoning,
    now: at(minutes),
  });

  it('records the decision with 3 days to answer', () => spec.given(underReview()).when(decide()).then([decided()]));
  it('needs the hold', () => thenRefused(underReview(), decide(OTHER_OFFICER), 'NOT_ASSIGNED'));
  it('refuses after the hold lapsed', () => thenRefused(underReview(), decide(OFFICER, 16), 'ASSIGNMENT_LAPSED'));
  it('refuses an impossible pair', () =>
    thenRefused(
      underReview(),
      decide(OFFICER, 6, { A: 'MAJOR', B: 'MAJOR' } as unknown as { A: 'NONE'; B: 'FULL' }),
      'INVALID_ALLOCATION',
    ));
  it('needs reasoning', () =>
    thenRefused(underReview(), decide(OFFICER, 6, { A: 'NONE', B: 'FULL' }, '   '), 'REASONING_REQUIRED'));
  it('refuses before anyone took the case', () => thenRefused(awaitingPolice(), decide(), 'INVALID_CASE_STATUS'));

  describe('the review', () => {
    it('is decided by another officer with basis REVIEW', () => {
      const history = [...disputedEvents(), assigned(OTHER_OFFICER.officerId, 8)];
      spec
        .given(history)
        .when({
          type: 'DecideLiability',
          ...OTHER_OFFICER,
          allocation: { A: 'NONE', B: 'FULL' },
          situations: ['S01'],
          reasoning: 'B hit A from behind',
          now: at(9),
        })
        .then([decided(OTHER_OFFICER.officerId, 'REVIEW', 9)]);
    });
  });
});
