import { REDACTED_LICENCE, REDACTED_TOKEN, redactText, redactValue } from './redact';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkcml2ZXItMSJ9.c2lnbmF0dXJlLWJ5dGVz';

describe('log redaction', () => {
  it.each([
    [`token ${JWT} seen`, `token ${REDACTED_TOKEN} seen`],
    [`authorization: Bearer ${JWT}`, 'authorization: Bearer [REDACTED]'],
    ['Basic dXNlcjpwYXNz', 'Basic [REDACTED]'],
    ['call 13800000002 now', 'call 138****0002 now'],
    ['call +86 138 0000 0002 now', 'call 138****0002 now'],
    ['phone=13912345678&x=1', 'phone=139****5678&x=1'],
    ['licence 110101199001011234', `licence ${REDACTED_LICENCE}`],
    ['licence 11010119900101123X.', `licence ${REDACTED_LICENCE}.`],
    ['old id 110101900101123', `old id ${REDACTED_LICENCE}`],
  ])('redacts %j', (text, redacted) => {
    expect(redactText(text)).toBe(redacted);
  });

  it.each([
    ['a case id', '/cases/00000000-0000-4000-8000-000000000001'],
    ['a position and an amount', 'position 1700000000 paid 300000 fen'],
    ['a plate', '渝A12345'],
  ])('leaves %s alone', (_what, text) => {
    expect(redactText(text)).toBe(text);
  });

  it('redacts structured fields by name, whatever they hold, and deeply', () => {
    expect(
      redactValue({
        headers: { authorization: 'anything', cookie: 'session=1' },
        party: { driverName: '张三', phone: '13800000001', licenceNo: 'D1234567', policyNumber: 'PICC-1' },
        note: `reach me at 13800000003 with ${JWT}`,
        list: ['13800000004'],
        count: 3,
      }),
    ).toEqual({
      headers: { authorization: '[REDACTED]', cookie: '[REDACTED]' },
      party: { driverName: '张三', phone: '138****0001', licenceNo: REDACTED_LICENCE, policyNumber: REDACTED_LICENCE },
      note: `reach me at 138****0003 with ${REDACTED_TOKEN}`,
      list: ['138****0004'],
      count: 3,
    });
  });
});
