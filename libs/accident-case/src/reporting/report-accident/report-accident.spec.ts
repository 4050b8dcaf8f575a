import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import { caseDecider } from '../../domain/case.decider';
import type { CaseEvent } from '../../domain/case.events';
import { LOCATION, T0, partyA, reportCommand, reported } from '../../domain/case.fixtures';

const spec = DeciderSpecification(caseDecider);

describe('ReportAccident: plates, districts and what the signals found', () => {
  it('records the plate in its normal form', () => {
    spec
      .given([])
      .when(reportCommand({ party: { ...partyA, plate: ' 渝a·12345 ' } }))
      .then([reported]);
  });

  it('refuses a plate that is no Chinese plate, naming the field, before anything else', () => {
    spec
      .given([])
      .when(reportCommand({ party: { ...partyA, plate: 'AB-123' }, occurredAt: '2099-01-01T00:00:00.000Z' }))
      .thenThrows(Refused, (error) => {
        expect(error).toMatchObject({ code: 'INVALID_PLATE', kind: 'INVALID' });
        expect(error.details).toEqual([{ field: 'party.plate', message: expect.stringContaining('渝A12345') }]);
      });
  });

  it('takes new-energy and special plates', () => {
    for (const plate of ['渝AD12345', '渝A12345D', '渝A1234学', '粤Z1234港']) {
      const [event] = caseDecider.decide(reportCommand({ party: { ...partyA, plate } }), caseDecider.initialState);
      expect(event).toMatchObject({ type: 'AccidentReported', data: { reporter: { plate } } });
    }
  });

  it('refuses a district the platform does not serve', () => {
    spec
      .given([])
      .when(reportCommand({ location: { ...LOCATION, district: 'atlantis' } }))
      .thenThrows(Refused, (error) => {
        expect(error).toMatchObject({ code: 'UNKNOWN_DISTRICT', kind: 'INVALID' });
        expect(error.details).toEqual([{ field: 'location.district', message: expect.stringContaining('yuzhong') }]);
      });
  });

  it('records what each signal found beside its code, and a point outside the district as a flag only', () => {
    const details = [
      { flag: 'LATE_REPORT', minutesAfterAccident: 2880 },
      { flag: 'DISTRICT_MISMATCH', district: 'yuzhong', distanceMeters: 20_000, radiusMeters: 9000 },
    ];
    const flaggedAtReport: CaseEvent = {
      type: 'CaseFlagged',
      data: { flags: ['LATE_REPORT', 'DISTRICT_MISMATCH'], flaggedAt: T0, details },
    };
    spec
      .given([])
      .when(reportCommand({ flags: ['LATE_REPORT', 'DISTRICT_MISMATCH'], flagDetails: details }))
      .then([reported, flaggedAtReport]);
  });
});
