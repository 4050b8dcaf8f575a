import type { CaseCommand } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import {
  at,
  DRIVER_A,
  DRIVER_B,
  fold,
  joined,
  partyB,
  reported,
  spec,
  STRANGER,
  T0,
  thenRefused,
} from '../../domain/case.fixtures';

describe('JoinCase', () => {
  const join = (driverId: string, joinCode = '123456', party = partyB): CaseCommand => ({
    type: 'JoinCase',
    joinCode,
    party,
    driverId,
    now: at(1),
  });

  it('makes the joining driver party B', () => {
    spec.given([reported]).when(join(DRIVER_B)).then([joined]);
  });

  it('records only flags the case did not have yet', () => {
    const flaggedAtReport: CaseEvent = { type: 'CaseFlagged', data: { flags: ['REPEAT_PLATE'], flaggedAt: T0 } };
    spec
      .given([reported, flaggedAtReport])
      .when({ ...join(DRIVER_B), flags: ['REPEAT_PLATE', 'REPEAT_PAIR'] } as CaseCommand)
      .then([joined, { type: 'CaseFlagged', data: { flags: ['REPEAT_PAIR'], flaggedAt: at(1) } }]);
    expect(
      fold([
        reported,
        flaggedAtReport,
        joined,
        { type: 'CaseFlagged', data: { flags: ['REPEAT_PAIR'], flaggedAt: at(1) } },
      ]).flags,
    ).toEqual(['REPEAT_PLATE', 'REPEAT_PAIR']);
  });

  it('refuses the reporter', () => thenRefused([reported], join(DRIVER_A), 'REPORTER_CANNOT_JOIN'));
  it('refuses a wrong code', () => thenRefused([reported], join(DRIVER_B, '000000'), 'INVALID_JOIN_CODE'));
  it('refuses a third driver', () => thenRefused([reported, joined], join(STRANGER), 'PARTY_B_ALREADY_JOINED'));
  it("refuses party A's own vehicle", () =>
    thenRefused([reported], join(DRIVER_B, '123456', { ...partyB, plate: ' 渝a12345 ' }), 'SAME_VEHICLE'));
  it('treats party B joining again as done', () =>
    spec.given([reported, joined]).when(join(DRIVER_B)).thenNothingHappened());
  it('refuses an unknown case', () => thenRefused([], join(DRIVER_B), 'CASE_NOT_FOUND'));
  it('refuses a withdrawn case', () => {
    const withdrawnLike: CaseEvent = { type: 'CaseWithdrawn', data: { party: 'A', reason: 'x', withdrawnAt: at(1) } };
    thenRefused([reported, withdrawnLike], join(DRIVER_B), 'INVALID_CASE_STATUS');
  });
});
