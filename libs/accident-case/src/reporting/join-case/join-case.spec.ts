import { Refused } from '@quickclaim/kernel';
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

const join = (driverId: string, joinCode = '123456', party = partyB): CaseCommand => ({
  type: 'JoinCase',
  joinCode,
  party,
  driverId,
  now: at(1),
});

describe('JoinCase', () => {
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
  it('refuses a third driver', () => thenRefused([reported, joined], join(STRANGER), 'CASE_FULL'));
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

describe('JoinCase: a full case, plates and what the signals found', () => {
  it('tells a third driver with the right code that the case is full (409)', () => {
    spec
      .given([reported, joined])
      .when(join(STRANGER))
      .thenThrows(Refused, (error) => expect(error).toMatchObject({ code: 'CASE_FULL', kind: 'CONFLICT' }));
  });

  it('tells a driver with a wrong code that there is no such case once it no longer waits for B', () => {
    thenRefused([reported, joined], join(STRANGER, '000000'), 'CASE_NOT_FOUND');
    const withdrawn: CaseEvent = { type: 'CaseWithdrawn', data: { party: 'A', reason: 'x', withdrawnAt: at(1) } };
    thenRefused([reported, withdrawn], join(STRANGER, '000000'), 'CASE_NOT_FOUND');
  });

  it('still refuses a wrong code as such while the case waits for party B', () => {
    thenRefused([reported], join(DRIVER_B, '000000'), 'INVALID_JOIN_CODE');
  });

  it("refuses a plate that is no Chinese plate, and records party B's in its normal form", () => {
    spec
      .given([reported])
      .when(join(DRIVER_B, '123456', { ...partyB, plate: 'B-67890' }))
      .thenThrows(Refused, (error) => {
        expect(error).toMatchObject({ code: 'INVALID_PLATE', kind: 'INVALID' });
        expect(error.details.map((detail) => detail.field)).toEqual(['party.plate']);
      });
    spec
      .given([reported])
      .when(join(DRIVER_B, '123456', { ...partyB, plate: '渝b 67890' }))
      .then([joined]);
  });

  it("records B's plate seen again even when A's raised the same flag at the report", () => {
    const plateOfB = { flag: 'REPEAT_PLATE', plate: '渝B67890', otherCases: [{ caseId: 'c-1', daysApart: 3 }] };
    const flaggedAtReport: CaseEvent = {
      type: 'CaseFlagged',
      data: {
        flags: ['REPEAT_PLATE'],
        flaggedAt: T0,
        details: [{ flag: 'REPEAT_PLATE', plate: '渝A12345', otherCases: [] }],
      },
    };
    spec
      .given([reported, flaggedAtReport])
      .when({ ...join(DRIVER_B), flags: ['REPEAT_PLATE'], flagDetails: [plateOfB] } as CaseCommand)
      .then([joined, { type: 'CaseFlagged', data: { flags: [], flaggedAt: at(1), details: [plateOfB] } }]);
  });
});
