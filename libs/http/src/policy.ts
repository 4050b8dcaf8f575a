import type { Type } from '@nestjs/common';
import { ProblemException } from './problem';
import type { Principal, Role } from './principal';

/**
 * One authorization policy, one row per endpoint, carried by the endpoint itself (see
 * `Endpoint`). The guard applies a row in this order: authentication (401), role (403
 * ROLE_NOT_ALLOWED), rate limit (429), the object named by the path and its rules (404 for an
 * object the caller may not see, whether it exists or not; 403 for one they see but may not act
 * on), then the body shape (400). A row whose object is read from its `stream` is a command's:
 * its rules are applied by the command handler to the state it folds anyway (one read per
 * command), and its body is checked only after them.
 */

/** Which abuse limit counts a call (per user and per address). */
export const RATE_LIMIT_CLASSES = ['uploads', 'reports', 'decisions'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];

export interface Refusal {
  status: 403 | 404;
  code: string;
  detail: string;
}

/** Path parameters of the request, for rules about a part of the object (a photo of a case). */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/** A rule on the object a path names, over the shape its context gives it for access decisions. */
export interface ObjectRule<Subject> {
  name: string;
  test(principal: Principal, subject: Subject, params: RouteParams): boolean;
  refusal: Refusal;
}

/** Loads the subject of an object policy from a view; null when there is none to show. */
export interface ObjectLoader<Subject> {
  load(id: string): Promise<Subject | null>;
}

/**
 * `stream`: folded from the aggregate's own events (commands and audit: always current, and
 * independent of the read side); `view`: the projection the query answers from.
 */
export type ObjectSource = 'stream' | 'view';

/** The object a path names, where it is read from, and the rules the caller must pass, in order. */
export interface ObjectPolicy<Subject = never> {
  kind: string;
  /** The path parameter holding its id. */
  idParam: string;
  /** The answer when it is absent (or its id cannot be one). */
  notFound: Refusal;
  source: ObjectSource;
  rules: readonly ObjectRule<Subject>[];
  /** Where the guard reads a `view` object from (a provider of the object's context). */
  loader: Type<ObjectLoader<Subject>>;
}

export interface EndpointPolicy {
  /** Who may call it; `public` needs no token. */
  roles: readonly Role[] | 'public';
  // Rules are contravariant in their subject: a row holds any context's object policy.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  object?: ObjectPolicy<any>;
  limit?: RateLimitClass;
  /** `none`: any body but an empty one is refused, so nothing can be smuggled into a command. */
  body: 'none' | 'json' | 'multipart';
  /**
   * The body, not the path, names the object (a join code): the handler looks it up and answers
   * 404 when it finds none it may show.
   */
  namesObjectInBody?: boolean;
}

/** The first rule the caller fails, or null when they pass them all. */
export function refusalFor<Subject>(
  object: ObjectPolicy<Subject>,
  principal: Principal,
  subject: Subject,
  params: RouteParams,
): Refusal | null {
  return object.rules.find((rule) => !rule.test(principal, subject, params))?.refusal ?? null;
}

export function refused(refusal: Refusal): ProblemException {
  return new ProblemException(refusal.status, refusal.code, refusal.detail);
}

/** Applies an object policy to its subject (null: there is none), throwing the first refusal. */
export function authorizeObject<Subject>(
  object: ObjectPolicy<Subject>,
  principal: Principal,
  subject: Subject | null,
  params: RouteParams,
): Subject {
  if (subject === null) throw refused(object.notFound);
  const refusal = refusalFor(object, principal, subject, params);
  if (refusal) throw refused(refusal);
  return subject;
}

/** For routes that take no body: an empty JSON object (or nothing) only. */
export function refuseAnyBody(body: unknown): void {
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body)) {
    const fields = Object.keys(body);
    if (fields.length === 0) return;
    throw new ProblemException(
      400,
      'VALIDATION_FAILED',
      'This request takes no body',
      fields.map((field) => ({ field, message: 'is not accepted here' })),
    );
  }
  throw new ProblemException(400, 'VALIDATION_FAILED', 'This request takes no body', [
    { field: '(body)', message: 'must be empty' },
  ]);
}
