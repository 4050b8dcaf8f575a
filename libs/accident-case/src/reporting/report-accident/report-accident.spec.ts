import { Refused } from '@quickclaim/kernel';
import { at, ELIGIBLE, reportCommand, reported, spec, T0, thenRefused } from '../../domain/case.fixtures';

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
