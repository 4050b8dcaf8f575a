import { isExpired, readTokenClaims } from './claims';

const encode = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (payload: unknown) => `${encode({ alg: 'HS256' })}.${encode(payload)}.signature`;

describe('the claims of a sign-in token', () => {
  it('reads an officer’s subject, role and district', () => {
    expect(readTokenClaims(token({ sub: 'officer-1', role: 'officer', district: 'yuzhong', exp: 10 }))).toEqual({
      sub: 'officer-1',
      role: 'officer',
      district: 'yuzhong',
      exp: 10,
    });
  });

  it('reads an assistant’s organisation and area', () => {
    expect(
      readTokenClaims(
        token({ sub: 'assistant-1', role: 'assistant', organisation: '渝中区警保联动服务站', district: 'yuzhong' }),
      ),
    ).toEqual({ sub: 'assistant-1', role: 'assistant', organisation: '渝中区警保联动服务站', district: 'yuzhong' });
  });

  it('reads a mediator’s committee', () => {
    expect(
      readTokenClaims(token({ sub: 'mediator-1', role: 'mediator', committee: 'yuzhong-insurance-mediation' })),
    ).toEqual({ sub: 'mediator-1', role: 'mediator', committee: 'yuzhong-insurance-mediation' });
  });

  it('decodes UTF-8 in the payload', () => {
    expect(readTokenClaims(token({ sub: '张三', role: 'driver', phone: '13800000001' }))).toEqual({
      sub: '张三',
      role: 'driver',
      phone: '13800000001',
    });
  });

  it.each([
    ['not a token', 'abc'],
    ['an unknown role', token({ sub: 'x', role: 'mayor' })],
    ['no subject', token({ role: 'driver' })],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c'],
  ])('refuses %s', (_what, text) => {
    expect(readTokenClaims(text)).toBeNull();
  });

  it('knows when a token has expired', () => {
    const claims = { sub: 'a', role: 'driver' as const, exp: 1_000 };
    expect(isExpired(claims, 999_000)).toBe(false);
    expect(isExpired(claims, 1_000_000)).toBe(true);
    expect(isExpired({ sub: 'a', role: 'driver' }, Date.now())).toBe(false);
  });
});
