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

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return '\u0000';
      }
    });
  const query = new URLSearchParams(queryPart);
  const id = (value: string | undefined) => (value !== undefined && ID.test(value) ? value : undefined);
  const [first, second, third, fourth] = segments;
  const notFound: Route = { name: 'not-found', path: pathPart };
  switch (first) {
    case undefined:
      return { name: 'home' };
    case 'signin': {
      const next = query.get('next');
      return next && next.startsWith('/') ? { name: 'signin', next } : { name: 'signin' };
    }
    case 'driver':
      if (second === undefined) return { name: 'driver' };
      if (second === 'report' && third === undefined) return { name: 'driver-report' };
      if (second === 'cases' && id(third) && fourth === undefined) return { name: 'driver-case', caseId: third! };
      return notFound;
    case 'join':
      if (second === undefined) return { name: 'driver-join' };
      if (id(second) && third !== undefined && CODE.test(third) && fourth === undefined) {
        return { name: 'driver-join', caseId: second, code: third };
      }
      return notFound;
    case 'desk':
      if (second === undefined) return { name: 'desk' };
      if (second === 'cases' && id(third) && fourth === undefined) return { name: 'desk-case', caseId: third! };
      return notFound;
    case 'insurer':
      if (second === undefined) return { name: 'insurer' };
      if (second === 'payouts' && third === undefined) return { name: 'insurer-payouts' };
      if (second === 'claims' && id(third) && fourth === undefined) return { name: 'insurer-claim', claimId: third! };
      return notFound;
    case 'audit':
      if (second === undefined) return { name: 'audit' };
      if (second === 'cases' && id(third) && fourth === undefined) return { name: 'audit', caseId: third! };
      return notFound;
    default:
      return notFound;
  }
}

/** The hash of a route, e.g. `#/driver/cases/…`; parseRoute(href(route)) gives the route back. */
export function href(route: Route): string {
  const path = pathOf(route);
  return `#${path}`;
}

function pathOf(route: Route): string {
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
