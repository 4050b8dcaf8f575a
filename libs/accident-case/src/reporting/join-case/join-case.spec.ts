import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import type { CaseEvent } from '../../domain/case.events';
import { DRIVER_B, STRANGER, T0, at, joined, partyB, reported } from '../../domain/case.fixtures';

const spec = DeciderSpecification(caseDecider);
const join = (driverId: string, joinCode = '123456', party = partyB): CaseCommand => ({
  type: 'JoinCase',
  joinCode,
  party,
  driverId,
  now: at(1),
});
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);

describe('JoinCase: a full case, plates and what the signals found', () => {
  it('tells a third driver with the right code that the case is full (409)', () => {
    spec
      .given([reported, joined])
      .when(join(STRANGER))
      .thenThrows(Refused, (error) => expect(error).toMatchObject({ code: 'CASE_FULL', kind: 'CONFLICT' }));
  });

  it('tells a driver with a wrong code that there is no such case once it no longer waits for B', () => {
    spec.given([reported, joined]).when(join(STRANGER, '000000')).thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
    const withdrawn: CaseEvent = { type: 'CaseWithdrawn', data: { party: 'A', reason: 'x', withdrawnAt: at(1) } };
    spec.given([reported, withdrawn]).when(join(STRANGER, '000000')).thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });

  it('still refuses a wrong code as such while the case waits for party B', () => {
    spec.given([reported]).when(join(DRIVER_B, '000000')).thenThrows(Refused, refusedWith('INVALID_JOIN_CODE'));
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
