import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import { caseDecider } from '../../domain/case.decider';
import { ELIGIBLE, T0, at, partyA, partyB, reported } from '../../domain/case.fixtures';
import { partyOfDriver } from '../../domain/case.state';
import { fileCommand, filed, FILER } from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);

describe('FileCase: an assistant files the case for both parties', () => {
  it('reports party A and joins party B at once, names the assistant, and links no driver account', () => {
    spec.given([]).when(fileCommand()).then(filed);
    const state = filed.reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state).toMatchObject({ status: 'REPORTED', filedBy: FILER, assisted: null });
    expect(state.parties?.A.driverId).toBeUndefined();
    expect(partyOfDriver(state, 'driver-a')).toBeUndefined();
  });

  it('records the signals of fraud found for both plates, never refusing for them', () => {
    spec
      .given([])
      .when(fileCommand({ flags: ['LATE_REPORT', 'REPEAT_PAIR'] }))
      .then([...filed, { type: 'CaseFlagged', data: { flags: ['LATE_REPORT', 'REPEAT_PAIR'], flaggedAt: T0 } }]);
  });

  it('files the accidents of the assistant’s area only', () => {
    spec
      .given([])
      .when(fileCommand({ area: 'jiangbei' }))
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('OUTSIDE_ASSISTANT_AREA');
        expect(error.details).toEqual([{ field: 'location.district', message: 'is not jiangbei' }]);
      });
  });

  it('refuses what a driver could not report: an ineligible accident, one in the future', () => {
    spec
      .given([])
      .when(fileCommand({ eligibility: { ...ELIGIBLE, nobodyLeft: false } }))
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('CASE_NOT_ELIGIBLE');
        expect(error.details.map((detail) => detail.field)).toEqual(['eligibility.nobodyLeft']);
      });
    spec
      .given([])
      .when(fileCommand({ occurredAt: at(30) }))
      .thenThrows(Refused, refusedWith('OCCURRED_IN_FUTURE'));
  });

  it('refuses two parties with one vehicle, and a case that exists', () => {
    spec
      .given([])
      .when(fileCommand({ parties: { A: partyA, B: { ...partyB, plate: '渝a·12345' } } }))
      .thenThrows(Refused, refusedWith('SAME_VEHICLE'));
    spec.given([reported]).when(fileCommand()).thenThrows(Refused, refusedWith('CASE_ALREADY_EXISTS'));
  });
});
