import { href, joinLink, pathOf, rolesFor, routeAt, type Route } from './routes';

const CASE_ID = '00000000-0000-4000-8000-000000000001';

describe('hash routes', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['/', { name: 'home' }],
    ['/signin?next=%2Fdesk', { name: 'signin', next: '/desk' }],
    ['/driver', { name: 'driver' }],
    ['/driver/report', { name: 'driver-report' }],
    [`/driver/cases/${CASE_ID}`, { name: 'driver-case', caseId: CASE_ID }],
    ['/join', { name: 'driver-join' }],
    [`/join/${CASE_ID}/100001`, { name: 'driver-join', caseId: CASE_ID, code: '100001' }],
    ['/desk', { name: 'desk' }],
    [`/desk/cases/${CASE_ID}`, { name: 'desk-case', caseId: CASE_ID }],
    ['/insurer', { name: 'insurer' }],
    ['/insurer/claims/abc-1', { name: 'insurer-claim', claimId: 'abc-1' }],
    ['/insurer/payouts', { name: 'insurer-payouts' }],
    ['/audit', { name: 'audit' }],
    [`/audit/cases/${CASE_ID}`, { name: 'audit', caseId: CASE_ID }],
  ])('reads %p', (location, route) => {
    expect(routeAt(location)).toEqual(route);
    expect(routeAt(pathOf(route))).toEqual(route);
    expect(href(route)).toBe(`#${pathOf(route)}`);
  });

  it.each(['/cases', '/driver/cases/../../etc', '/desk/cases/<script>', '/join/abc/12 34', '/driver/cases/%E0%A4'])(
    'sends %p to not found',
    (location) => {
      expect(routeAt(location).name).toBe('not-found');
    },
  );

  it('only returns to paths inside the page after signing in', () => {
    expect(routeAt('/signin?next=https://evil.example')).toEqual({ name: 'signin' });
  });

  it('builds the join link on the page’s own origin', () => {
    expect(joinLink('https://quickclaim.example', CASE_ID, '100001')).toBe(
      `https://quickclaim.example/#/join/${CASE_ID}/100001`,
    );
  });

  it('keeps each console to its roles, and the audit timeline to those the API lets read it', () => {
    expect(rolesFor({ name: 'desk' })).toEqual(['officer']);
    expect(rolesFor({ name: 'audit' })).toEqual(['auditor', 'admin', 'driver', 'officer']);
    expect(rolesFor({ name: 'home' })).toBe('anyone');
  });
});
