import { parse } from 'regexparam';
import { matchRoute, useLocation } from 'wouter';
import type { Role } from './claims';

/**
 * Hash routes: the page is always `/` (index.html), so no console path can shadow an API path
 * (`/cases`, `/desk`, …) and a reload never reaches the API with a console's URL.
 */
export type Route =
  | { name: 'home' }
  | { name: 'signin'; next?: string }
  | { name: 'driver' }
  | { name: 'driver-report' }
  | { name: 'driver-join'; caseId?: string; code?: string }
  | { name: 'driver-case'; caseId: string }
  | { name: 'desk' }
  | { name: 'desk-case'; caseId: string }
  | { name: 'insurer' }
  | { name: 'insurer-claim'; claimId: string }
  | { name: 'insurer-payouts' }
  | { name: 'audit'; caseId?: string }
  | { name: 'assistant' }
  | { name: 'assistant-file' }
  | { name: 'assistant-case'; caseId: string }
  | { name: 'mediator' }
  | { name: 'mediator-mediation'; mediationId: string }
  | { name: 'confirm'; caseId: string; party: 'A' | 'B' }
  | { name: 'verify'; reference?: DocumentReference }
  | { name: 'not-found'; path: string };

/** What a document's QR code and verification line carry (docs/adr/0029): `/verify/{kind}/{id}/{revisions}/{fingerprint}`. */
export interface DocumentReference {
  kind: 'agreement' | 'decision' | 'settlement';
  subjectId: string;
  revisions: string;
  fingerprint: string;
}

const DOCUMENT_KINDS: readonly string[] = ['agreement', 'decision', 'settlement'];
const REVISIONS = /^[0-9]{1,9}(-[0-9]{1,9})?$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;

/** The reference in a verification path or URL, or null when it cannot be one. */
export function documentReference(params: Params): DocumentReference | null {
  const { kind, subjectId, revisions, fingerprint } = params;
  if (kind === undefined || !DOCUMENT_KINDS.includes(kind) || !isId(subjectId)) return null;
  if (revisions === undefined || !REVISIONS.test(revisions)) return null;
  if (fingerprint === undefined || !FINGERPRINT.test(fingerprint)) return null;
  return { kind: kind as DocumentReference['kind'], subjectId, revisions, fingerprint };
}

/** The reference in the URL printed on a document (or just its path), or null. */
export function referenceInUrl(text: string): DocumentReference | null {
  const match = /\/verify\/([^/?#\s]+)\/([^/?#\s]+)\/([^/?#\s]+)\/([^/?#\s]+)\/?$/.exec(text.trim());
  if (!match) return null;
  const [, kind, subjectId, revisions, fingerprint] = match;
  return documentReference({ kind, subjectId, revisions, fingerprint });
}

const ID = /^[A-Za-z0-9-]{1,64}$/;
const CODE = /^[A-Za-z0-9]{1,16}$/;
const isId = (value: string | undefined): value is string => value !== undefined && ID.test(value);

type Params = Record<string, string | undefined>;

/**
 * Every screen's path in wouter's syntax, matched in this order. A parameter that is not an id
 * (`..`, markup, a broken escape) sends the location to not found.
 */
const ROUTES: readonly { pattern: string; route(params: Params, query: URLSearchParams): Route | null }[] = [
  { pattern: '/', route: () => ({ name: 'home' }) },
  {
    pattern: '/signin',
    route: (_, query) => {
      const next = query.get('next');
      return next && next.startsWith('/') ? { name: 'signin', next } : { name: 'signin' };
    },
  },
  { pattern: '/driver', route: () => ({ name: 'driver' }) },
  { pattern: '/driver/report', route: () => ({ name: 'driver-report' }) },
  {
    pattern: '/driver/cases/:caseId',
    route: ({ caseId }) => (isId(caseId) ? { name: 'driver-case', caseId } : null),
  },
  { pattern: '/join', route: () => ({ name: 'driver-join' }) },
  {
    pattern: '/join/:caseId/:code',
    route: ({ caseId, code }) =>
      isId(caseId) && code !== undefined && CODE.test(code) ? { name: 'driver-join', caseId, code } : null,
  },
  { pattern: '/desk', route: () => ({ name: 'desk' }) },
  { pattern: '/desk/cases/:caseId', route: ({ caseId }) => (isId(caseId) ? { name: 'desk-case', caseId } : null) },
  { pattern: '/insurer', route: () => ({ name: 'insurer' }) },
  { pattern: '/insurer/payouts', route: () => ({ name: 'insurer-payouts' }) },
  {
    pattern: '/insurer/claims/:claimId',
    route: ({ claimId }) => (isId(claimId) ? { name: 'insurer-claim', claimId } : null),
  },
  { pattern: '/audit', route: () => ({ name: 'audit' }) },
  { pattern: '/audit/cases/:caseId', route: ({ caseId }) => (isId(caseId) ? { name: 'audit', caseId } : null) },
  { pattern: '/assistant', route: () => ({ name: 'assistant' }) },
  { pattern: '/assistant/file', route: () => ({ name: 'assistant-file' }) },
  {
    pattern: '/assistant/cases/:caseId',
    route: ({ caseId }) => (isId(caseId) ? { name: 'assistant-case', caseId } : null),
  },
  { pattern: '/mediator', route: () => ({ name: 'mediator' }) },
  {
    pattern: '/mediator/mediations/:mediationId',
    route: ({ mediationId }) => (isId(mediationId) ? { name: 'mediator-mediation', mediationId } : null),
  },
  {
    // The link of the SMS with a party's one-time code (libs/integration, sms-texts.ts).
    pattern: '/confirm/:caseId/:party',
    route: ({ caseId, party }) =>
      isId(caseId) && (party === 'A' || party === 'B') ? { name: 'confirm', caseId, party } : null,
  },
  { pattern: '/verify', route: () => ({ name: 'verify' }) },
  {
    pattern: '/verify/:kind/:subjectId/:revisions/:fingerprint',
    route: (params) => {
      const reference = documentReference(params);
      return reference ? { name: 'verify', reference } : null;
    },
  },
];

/**
 * The route at a location as wouter's hash location gives it: `/desk/cases/…`, decoded, with the
 * query that stays inside the hash (`#/signin?next=…`). Matched by wouter's own matcher and path
 * parser (regexparam).
 */
export function routeAt(location: string): Route {
  const [pathPart = '/', queryPart = ''] = location.split('?', 2);
  const query = new URLSearchParams(queryPart);
  for (const { pattern, route } of ROUTES) {
    const [matches, params] = matchRoute(parse, pattern, pathPart);
    if (matches) return route(params, query) ?? { name: 'not-found', path: pathPart };
  }
  return { name: 'not-found', path: pathPart };
}

/** The hash of a route, e.g. `#/driver/cases/…`, for links. */
export function href(route: Route): string {
  return `#${pathOf(route)}`;
}

/** The location of a route, as wouter navigates to it; routeAt(pathOf(route)) gives the route back. */
export function pathOf(route: Route): string {
  const part = encodeURIComponent;
  switch (route.name) {
    case 'home':
      return '/';
    case 'signin':
      return route.next ? `/signin?next=${part(route.next)}` : '/signin';
    case 'driver':
      return '/driver';
    case 'driver-report':
      return '/driver/report';
    case 'driver-join':
      return route.caseId && route.code ? `/join/${part(route.caseId)}/${part(route.code)}` : '/join';
    case 'driver-case':
      return `/driver/cases/${part(route.caseId)}`;
    case 'desk':
      return '/desk';
    case 'desk-case':
      return `/desk/cases/${part(route.caseId)}`;
    case 'insurer':
      return '/insurer';
    case 'insurer-claim':
      return `/insurer/claims/${part(route.claimId)}`;
    case 'insurer-payouts':
      return '/insurer/payouts';
    case 'audit':
      return route.caseId ? `/audit/cases/${part(route.caseId)}` : '/audit';
    case 'assistant':
      return '/assistant';
    case 'assistant-file':
      return '/assistant/file';
    case 'assistant-case':
      return `/assistant/cases/${part(route.caseId)}`;
    case 'mediator':
      return '/mediator';
    case 'mediator-mediation':
      return `/mediator/mediations/${part(route.mediationId)}`;
    case 'confirm':
      return `/confirm/${part(route.caseId)}/${route.party}`;
    case 'verify': {
      const reference = route.reference;
      return reference
        ? `/verify/${reference.kind}/${part(reference.subjectId)}/${reference.revisions}/${reference.fingerprint}`
        : '/verify';
    }
    case 'not-found':
      return route.path;
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}

/** Navigates to a route through wouter's location (the hash). */
export function useNavigate(): (route: Route) => void {
  const [, navigate] = useLocation();
  return (route) => navigate(pathOf(route));
}

/** The console a role lands on after signing in. */
export function homeOf(role: Role): Route {
  switch (role) {
    case 'driver':
      return { name: 'driver' };
    case 'officer':
      return { name: 'desk' };
    case 'adjuster':
      return { name: 'insurer' };
    case 'auditor':
    case 'admin':
      return { name: 'audit' };
    case 'assistant':
      return { name: 'assistant' };
    case 'mediator':
      return { name: 'mediator' };
    default: {
      const exhaustive: never = role;
      return exhaustive;
    }
  }
}

/**
 * Which roles a screen is for (the API decides what they may do; this only avoids dead ends);
 * `public` screens need no sign-in at all (what a document's QR code opens).
 */
export function rolesFor(route: Route): readonly Role[] | 'anyone' | 'public' {
  switch (route.name) {
    case 'verify':
      return 'public';
    case 'home':
    case 'signin':
    case 'not-found':
      return 'anyone';
    case 'driver':
    case 'driver-report':
    case 'driver-join':
    case 'driver-case':
    case 'confirm':
      return ['driver'];
    case 'assistant':
    case 'assistant-file':
    case 'assistant-case':
      return ['assistant'];
    case 'mediator':
    case 'mediator-mediation':
      return ['mediator'];
    case 'desk':
    case 'desk-case':
      return ['officer'];
    case 'insurer':
    case 'insurer-claim':
    case 'insurer-payouts':
      return ['adjuster'];
    case 'audit':
      return ['auditor', 'admin', 'driver', 'officer'];
    default: {
      const exhaustive: never = route;
      return exhaustive;
    }
  }
}

/** The link the other driver scans: the page itself, at the join route with the code. */
export function joinLink(origin: string, caseId: string, code: string): string {
  return `${origin}/${href({ name: 'driver-join', caseId, code })}`;
}

/**
 * A document's QR code opens `{PUBLIC_URL}/verify/…` (docs/adr/0029), which the server answers
 * with the consoles when a browser asks for a page: the hash route of that path, to go to, or
 * null for any other location (the hash then says where the page is).
 */
export function hashForPagePath(pathname: string, hash: string): string | null {
  if (hash !== '' && hash !== '#' && hash !== '#/') return null;
  const reference = referenceInUrl(pathname);
  return reference ? href({ name: 'verify', reference }) : null;
}
