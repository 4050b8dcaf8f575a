import { Refused } from '@quickclaim/kernel';
import { caseDecider } from '../../domain/case.decider';
import type { CaseEvent } from '../../domain/case.events';
import {
  at,
  ELIGIBLE,
  LOCATION,
  partyA,
  reportCommand,
  reported,
  spec,
  T0,
  thenRefused,
} from '../../domain/case.fixtures';

describe('ReportAccident', () => {
  it('opens the case with the reporter as party A', () => {
    spec.given([]).when(reportCommand()).then([reported]);
  });

  it('refuses an ineligible accident, naming every failing condition', () => {
    spec
      .given([])
      .when(reportCommand({ eligibility: { ...ELIGIBLE, noInjuries: false, platesValid: false } }))
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('CASE_NOT_ELIGIBLE');
        expect(error.kind).toBe('RULE');
        expect(error.message).toContain('122');
        expect(error.details.map((detail) => detail.field)).toEqual([
          'eligibility.noInjuries',
          'eligibility.platesValid',
        ]);
      });
  });

  it('records the signals of fraud found at report, never refusing for them', () => {
    spec
      .given([])
      .when(reportCommand({ flags: ['LATE_REPORT', 'REPEAT_PLATE', 'LATE_REPORT'] }))
      .then([reported, { type: 'CaseFlagged', data: { flags: ['LATE_REPORT', 'REPEAT_PLATE'], flaggedAt: T0 } }]);
  });

  it('refuses an accident in the future', () => {
    thenRefused([], reportCommand({ occurredAt: at(30) }), 'OCCURRED_IN_FUTURE');
  });

  it('refuses a case id that exists already', () => {
    thenRefused([reported], reportCommand(), 'CASE_ALREADY_EXISTS');
  });
});

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
