import type { CaseState } from '@quickclaim/accident-case';
import type { ClaimState } from '@quickclaim/claims';
import type { RateLimitClass } from '../security.config';
import {
  handlesClaim,
  mayJoinCase,
  paysPayout,
  seesCase,
  seesClaim,
  seesPhoto,
  type RouteParams,
} from './access-rules';
import type { Principal, Role } from './principal';

/**
 * THE authorization policy: one row per endpoint, nothing decided elsewhere. PolicyGuard applies a
 * row in this order: authentication (401), role (403 ROLE_NOT_ALLOWED), rate limit (429), the
 * object named by the path and its rules (404 for an object the caller may not see, whether it
 * exists or not; 403 for one they see but may not act on), then the body shape (400).
 *
 * Add a row for every new route: the server refuses to start while a route has none. A live
 * feed (server-sent events) is a route like any other; what it pushes afterwards is filtered
 * with the same rules (see `visibleTo`).
 */

/** The object a path names, where it is read from, and the rules the caller must pass, in order. */
export type ObjectPolicy =
  | { kind: 'case'; source: ObjectSource; rules: readonly CaseRuleName[] }
  | { kind: 'claim'; source: ObjectSource; rules: readonly ClaimRuleName[] }
  | { kind: 'payout'; source: 'view'; rules: readonly PayoutRuleName[] };

/**
 * `stream`: folded from the aggregate's own events (commands and audit: always current, and
 * independent of the read side); `view`: the projection the query answers from.
 */
export type ObjectSource = 'stream' | 'view';

export interface EndpointPolicy {
  /** Who may call it; `public` needs no token. */
  roles: readonly Role[] | 'public';
  object?: ObjectPolicy;
  /** Which abuse limit counts the call (per user and per address). */
  limit?: RateLimitClass;
  /** `none`: any body but an empty one is refused, so nothing can be smuggled into a command. */
  body: 'none' | 'json' | 'multipart';
  /**
   * The body, not the path, names the object (a join code): the handler looks it up and answers
   * 404 when it finds none it may show.
   */
  namesObjectInBody?: boolean;
}

export interface Refusal {
  status: 403 | 404;
  code: string;
  detail: string;
}

interface Rule<State> {
  test: (principal: Principal, state: State, params: RouteParams) => boolean;
  refusal: Refusal;
}

const caseNotFound: Refusal = { status: 404, code: 'CASE_NOT_FOUND', detail: 'No such case' };
const claimNotFound: Refusal = { status: 404, code: 'CLAIM_NOT_FOUND', detail: 'No such claim' };

export const CASE_RULES = {
  seesCase: { test: seesCase, refusal: caseNotFound },
  mayJoinCase: { test: mayJoinCase, refusal: caseNotFound },
  seesPhoto: { test: seesPhoto, refusal: { status: 404, code: 'PHOTO_NOT_FOUND', detail: 'No such photo' } },
} satisfies Record<string, Rule<CaseState>>;

export const CLAIM_RULES = {
  seesClaim: { test: seesClaim, refusal: claimNotFound },
  handlesClaim: {
    test: handlesClaim,
    refusal: { status: 403, code: 'NOT_HANDLING_INSURER', detail: 'Only the handling insurer may do this' },
  },
} satisfies Record<string, Rule<ClaimState>>;

export const PAYOUT_RULES = {
  paysPayout: {
    test: paysPayout,
    refusal: { status: 404, code: 'PAYOUT_NOT_FOUND', detail: 'No such payout for your insurer' },
  },
} satisfies Record<string, Rule<ClaimState>>;

export type CaseRuleName = keyof typeof CASE_RULES;
export type ClaimRuleName = keyof typeof CLAIM_RULES;
export type PayoutRuleName = keyof typeof PAYOUT_RULES;

/** The code of a path's object when it is absent (or its id cannot be one). */
export const NOT_FOUND_OF_KIND: Record<ObjectPolicy['kind'], Refusal> = {
  case: caseNotFound,
  claim: claimNotFound,
  payout: PAYOUT_RULES.paysPayout.refusal,
};

/** The path parameter holding each kind's id. */
export const ID_PARAM_OF_KIND: Record<ObjectPolicy['kind'], string> = {
  case: 'caseId',
  claim: 'claimId',
  payout: 'payoutId',
};

const PUBLIC = { roles: 'public', body: 'json' } as const;
const PARTIES = ['driver'] as const;
const CASE_READERS = ['driver', 'officer', 'adjuster', 'auditor'] as const;

const caseCommand = (roles: readonly Role[], body: 'none' | 'json', rules: readonly CaseRuleName[] = ['seesCase']) =>
  ({ roles, object: { kind: 'case', source: 'stream', rules }, limit: 'decisions', body }) as const;
const claimCommand = (roles: readonly Role[], body: 'none' | 'json', rules: readonly ClaimRuleName[]) =>
  ({ roles, object: { kind: 'claim', source: 'stream', rules }, limit: 'decisions', body }) as const;

export const POLICY: Readonly<Record<string, EndpointPolicy>> = {
  // operations and development sign-in
  'POST /auth/dev-token': PUBLIC,
  'GET /health': { roles: 'public', body: 'none' },
  'GET /metrics': { roles: 'public', body: 'none' },

  // drivers
  'POST /cases': { roles: PARTIES, limit: 'reports', body: 'json' },
  'POST /cases/join': { roles: PARTIES, limit: 'reports', body: 'json', namesObjectInBody: true },
  'POST /cases/:caseId/join': {
    roles: PARTIES,
    object: { kind: 'case', source: 'stream', rules: ['mayJoinCase'] },
    limit: 'reports',
    body: 'json',
  },
  'POST /cases/:caseId/photos': {
    roles: PARTIES,
    object: { kind: 'case', source: 'stream', rules: ['seesCase'] },
    limit: 'uploads',
    body: 'multipart',
  },
  'GET /cases/:caseId/photos/:photoId/:variant': {
    roles: CASE_READERS,
    object: { kind: 'case', source: 'view', rules: ['seesCase', 'seesPhoto'] },
    body: 'none',
  },
  'POST /cases/:caseId/circumstances': caseCommand(PARTIES, 'json'),
  'POST /cases/:caseId/agreement': caseCommand(PARTIES, 'json'),
  'POST /cases/:caseId/agreement/sign': caseCommand(PARTIES, 'none'),
  'POST /cases/:caseId/police-review': caseCommand(PARTIES, 'none'),
  'POST /cases/:caseId/liability/accept': caseCommand(PARTIES, 'none'),
  'POST /cases/:caseId/liability/dispute': caseCommand(PARTIES, 'json'),
  'POST /cases/:caseId/withdraw': caseCommand(PARTIES, 'json'),
  'GET /cases/:caseId': {
    roles: CASE_READERS,
    object: { kind: 'case', source: 'view', rules: ['seesCase'] },
    body: 'none',
  },
  'GET /me/cases': { roles: PARTIES, body: 'none' },
  'GET /cases/:caseId/stream': {
    roles: CASE_READERS,
    object: { kind: 'case', source: 'view', rules: ['seesCase'] },
    body: 'none',
  },
  'POST /claims/:claimId/assessment/accept': claimCommand(PARTIES, 'none', ['seesClaim']),
  'POST /claims/:claimId/assessment/reject': claimCommand(PARTIES, 'json', ['seesClaim']),
  'GET /claims/:claimId': {
    roles: ['driver', 'adjuster', 'auditor'],
    object: { kind: 'claim', source: 'view', rules: ['seesClaim'] },
    body: 'none',
  },

  // police desk: the queue is the officer's district by construction
  'GET /desk/queue': { roles: ['officer'], body: 'none' },
  'GET /desk/queue/stream': { roles: ['officer'], body: 'none' },
  'POST /cases/:caseId/assignment': caseCommand(['officer'], 'none'),
  'POST /cases/:caseId/liability/decision': caseCommand(['officer'], 'json'),
  'POST /cases/:caseId/evidence-request': caseCommand(['officer'], 'json'),
  'POST /cases/:caseId/referral': caseCommand(['officer'], 'json'),

  // insurers: lists are the adjuster's insurer by construction
  'GET /insurer/claims': { roles: ['adjuster'], body: 'none' },
  'POST /claims/:claimId/assessment': claimCommand(['adjuster'], 'json', ['seesClaim', 'handlesClaim']),
  'POST /claims/:claimId/approval': claimCommand(['adjuster'], 'none', ['seesClaim', 'handlesClaim']),
  'GET /insurer/payouts': { roles: ['adjuster'], body: 'none' },
  'POST /insurer/payouts/:payoutId/result': {
    roles: ['adjuster'],
    object: { kind: 'payout', source: 'view', rules: ['paysPayout'] },
    limit: 'decisions',
    body: 'json',
  },

  // operations (api.md): rows ready for the projection endpoints, which another branch adds
  'GET /admin/projections': { roles: ['admin'], body: 'none' },
  'POST /admin/projections/:name/rebuild': { roles: ['admin'], body: 'none' },

  // documents (ADR 29) are made from the streams, like the audit; verifying one is anyone's
  'GET /cases/:caseId/documents/agreement.pdf': {
    roles: ['driver', 'officer', 'auditor'],
    object: { kind: 'case', source: 'stream', rules: ['seesCase'] },
    body: 'none',
  },
  'GET /cases/:caseId/documents/decision.pdf': {
    roles: ['driver', 'officer', 'auditor'],
    object: { kind: 'case', source: 'stream', rules: ['seesCase'] },
    body: 'none',
  },
  'GET /claims/:claimId/documents/settlement.pdf': {
    roles: ['driver', 'adjuster', 'auditor'],
    object: { kind: 'claim', source: 'stream', rules: ['seesClaim'] },
    body: 'none',
  },
  'GET /verify/:kind/:subjectId/:revisions/:fingerprint': { roles: 'public', body: 'none' },

  // audit reads the stream itself: it is the proof, so it never waits for a view
  'GET /audit/cases/:caseId/events': {
    roles: ['auditor', 'driver', 'officer'],
    object: { kind: 'case', source: 'stream', rules: ['seesCase'] },
    body: 'none',
  },
  'GET /audit/cases/:caseId/state': {
    roles: ['auditor', 'driver', 'officer'],
    object: { kind: 'case', source: 'stream', rules: ['seesCase'] },
    body: 'none',
  },
  'GET /audit/cases/:caseId/verification': {
    roles: ['auditor', 'driver', 'officer'],
    object: { kind: 'case', source: 'stream', rules: ['seesCase'] },
    body: 'none',
  },
};

/** The first rule of the row the caller fails, or null when they pass them all. */
export function refusalFor(
  object: ObjectPolicy,
  principal: Principal,
  state: CaseState | ClaimState,
  params: RouteParams,
): Refusal | null {
  switch (object.kind) {
    case 'case':
      return firstRefusal(
        object.rules.map((name) => CASE_RULES[name]),
        principal,
        state as CaseState,
        params,
      );
    case 'claim':
      return firstRefusal(
        object.rules.map((name) => CLAIM_RULES[name]),
        principal,
        state as ClaimState,
        params,
      );
    case 'payout':
      return firstRefusal(
        object.rules.map((name) => PAYOUT_RULES[name]),
        principal,
        state as ClaimState,
        params,
      );
    default: {
      const exhaustive: never = object;
      return exhaustive;
    }
  }
}

function firstRefusal<State>(
  rules: readonly Rule<State>[],
  principal: Principal,
  state: State,
  params: RouteParams,
): Refusal | null {
  return rules.find((rule) => !rule.test(principal, state, params))?.refusal ?? null;
}

/**
 * For live feeds and lists: whether a pushed or listed object may reach this principal, by the
 * same rule as reading it one by one.
 */
export const visibleTo = {
  case: (principal: Principal, state: CaseState): boolean => seesCase(principal, state),
  claim: (principal: Principal, state: ClaimState): boolean => seesClaim(principal, state),
};
