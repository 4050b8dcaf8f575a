import { hashForPagePath, href, joinLink, pathOf, referenceInUrl, rolesFor, routeAt, type Route } from './routes';

const CASE_ID = '00000000-0000-4000-8000-000000000001';
const FINGERPRINT = '0123456789abcdef'.repeat(4);
const SETTLEMENT = { kind: 'settlement' as const, subjectId: CASE_ID, revisions: '9-11', fingerprint: FINGERPRINT };

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
    ['/assistant', { name: 'assistant' }],
    ['/assistant/file', { name: 'assistant-file' }],
    [`/assistant/cases/${CASE_ID}`, { name: 'assistant-case', caseId: CASE_ID }],
    ['/mediator', { name: 'mediator' }],
    [`/mediator/mediations/${CASE_ID}`, { name: 'mediator-mediation', mediationId: CASE_ID }],
    [`/confirm/${CASE_ID}/B`, { name: 'confirm', caseId: CASE_ID, party: 'B' }],
    ['/verify', { name: 'verify' }],
    [`/verify/settlement/${CASE_ID}/9-11/${FINGERPRINT}`, { name: 'verify', reference: SETTLEMENT }],
    [
      `/verify/agreement/${CASE_ID}/7/${FINGERPRINT}`,
      { name: 'verify', reference: { ...SETTLEMENT, kind: 'agreement', revisions: '7' } },
    ],
  ])('reads %p', (location, route) => {
    expect(routeAt(location)).toEqual(route);
    expect(routeAt(pathOf(route))).toEqual(route);
    expect(href(route)).toBe(`#${pathOf(route)}`);
  });

  it.each([
    `/confirm/${CASE_ID}/C`,
    `/verify/receipt/${CASE_ID}/7/${FINGERPRINT}`,
    `/verify/agreement/${CASE_ID}/seven/${FINGERPRINT}`,
    `/verify/agreement/${CASE_ID}/7/${FINGERPRINT.slice(1)}`,
  ])('sends %p to not found', (location) => {
    expect(routeAt(location).name).toBe('not-found');
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

  it('reads the reference printed under a document’s QR code, whole or as a path', () => {
    const url = `https://kuaichu.example.cn/verify/settlement/${CASE_ID}/9-11/${FINGERPRINT}`;
    expect(referenceInUrl(url)).toEqual(SETTLEMENT);
    expect(referenceInUrl(`  ${new URL(url).pathname}\n`)).toEqual(SETTLEMENT);
    expect(referenceInUrl('https://kuaichu.example.cn/#/driver')).toBeNull();
  });

  it('moves a page opened at a document’s verification path to its hash route, and nothing else', () => {
    const path = `/verify/settlement/${CASE_ID}/9-11/${FINGERPRINT}`;
    expect(hashForPagePath(path, '')).toBe(`#${path}`);
    expect(hashForPagePath(path, '#/driver')).toBeNull();
    expect(hashForPagePath('/', '')).toBeNull();
    expect(hashForPagePath('/verify/settlement/x', '')).toBeNull();
  });

  it('keeps each console to its roles, and the audit timeline to those the API lets read it', () => {
    expect(rolesFor({ name: 'desk' })).toEqual(['officer']);
    expect(rolesFor({ name: 'audit' })).toEqual(['auditor', 'admin', 'driver', 'officer']);
    expect(rolesFor({ name: 'home' })).toBe('anyone');
    expect(rolesFor({ name: 'assistant-case', caseId: CASE_ID })).toEqual(['assistant']);
    expect(rolesFor({ name: 'confirm', caseId: CASE_ID, party: 'A' })).toEqual(['driver']);
    expect(rolesFor({ name: 'mediator-mediation', mediationId: CASE_ID })).toEqual(['mediator']);
    expect(rolesFor({ name: 'verify' })).toBe('public');
  });
});
