import type { CaseCommand } from '../../domain/case.commands';
import {
  assigned,
  at,
  awaitingPolice,
  disputedEvents,
  joined,
  OFFICER,
  OFFICER_ELSEWHERE,
  OTHER_OFFICER,
  reported,
  spec,
  thenRefused,
  underReview,
} from '../../domain/case.fixtures';

describe('TakeCase', () => {
  const take = (officer = OFFICER, minutes = 5): CaseCommand => ({ type: 'TakeCase', ...officer, now: at(minutes) });

  it('assigns the case to the officer for 10 minutes', () => {
    spec.given(awaitingPolice()).when(take()).then([assigned()]);
  });

  it('refuses while another officer holds it', () =>
    thenRefused(underReview(), take(OTHER_OFFICER, 6), 'ALREADY_ASSIGNED'));

  it('lets another officer take it once the hold lapsed', () => {
    spec
      .given(underReview())
      .when(take(OTHER_OFFICER, 15))
      .then([assigned(OTHER_OFFICER.officerId, 15)]);
  });

  it('refreshes the hold of the same officer', () => {
    spec
      .given(underReview())
      .when(take(OFFICER, 8))
      .then([assigned(OFFICER.officerId, 8)]);
  });

  it('hides the case from officers of another district', () =>
    thenRefused(awaitingPolice(), take(OFFICER_ELSEWHERE), 'CASE_NOT_FOUND'));
  it('refuses a case not on the desk', () => thenRefused([reported, joined], take(), 'INVALID_CASE_STATUS'));

  describe('the review', () => {
    it('cannot be taken by the officer who decided first', () =>
      thenRefused(disputedEvents(), { type: 'TakeCase', ...OFFICER, now: at(8) }, 'REVIEW_NEEDS_ANOTHER_OFFICER'));
  });
});
