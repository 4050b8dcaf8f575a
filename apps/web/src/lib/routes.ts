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
  | { name: 'not-found'; path: string };

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
    default: {
      const exhaustive: never = role;
      return exhaustive;
    }
  }
}

/** Which roles a screen is for (the API decides what they may do; this only avoids dead ends). */
export function rolesFor(route: Route): readonly Role[] | 'anyone' {
  switch (route.name) {
    case 'home':
    case 'signin':
    case 'not-found':
      return 'anyone';
    case 'driver':
    case 'driver-report':
    case 'driver-join':
    case 'driver-case':
      return ['driver'];
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
