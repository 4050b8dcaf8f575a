import { InvalidTokenError, principalFromClaims } from './claims';

describe('the principal of a token', () => {
  it('keeps the subject, the role and the attributes the policy uses', () => {
    expect(principalFromClaims({ sub: 'o-1', role: 'officer', district: 'yuzhong', iat: 1 }, 'production')).toEqual({
      sub: 'o-1',
      role: 'officer',
      district: 'yuzhong',
    });
  });

  it.each([
    [{ role: 'driver', phone: '1' }, 'subject'],
    [{ sub: 'x' }, 'known role'],
    [{ sub: 'x', role: 'root' }, 'known role'],
    [{ sub: 'x', role: 'officer' }, 'district'],
    [{ sub: 'x', role: 'adjuster', insurer: '  ' }, 'insurer'],
    [{ sub: 'x', role: 'adjuster', insurer: 42 }, 'insurer'],
    [{ sub: 'x'.repeat(129), role: 'auditor' }, 'sub'],
  ])('refuses %p, naming %s', (payload, named) => {
    expect(() => principalFromClaims(payload, 'development')).toThrow(InvalidTokenError);
    expect(() => principalFromClaims(payload, 'development')).toThrow(named);
  });

  it("needs a driver's phone from the production identity provider only", () => {
    expect(principalFromClaims({ sub: 'd', role: 'driver' }, 'development')).toEqual({ sub: 'd', role: 'driver' });
    expect(() => principalFromClaims({ sub: 'd', role: 'driver' }, 'production')).toThrow('phone');
  });
});
