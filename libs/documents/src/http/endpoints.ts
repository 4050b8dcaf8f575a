import { caseAccess, caseObject, fold, isCaseEvent, type CaseAccess, type CaseEvent } from '@quickclaim/accident-case';
import { claimAccess, claimDecider, claimObject, type ClaimAccess, type ClaimEvent } from '@quickclaim/claims';
import {
  authorizeObject,
  refuseAnyBody,
  type EndpointPolicy,
  type Principal,
  type RoutedRequest,
  type RouteParams,
} from '@quickclaim/http';
import type { RecordedEvent } from '@quickclaim/platform';

/**
 * The papers of a case are for its parties, its district's officers and auditors, and the assistant
 * who filed it (to print on the scene for parties without the app); not insurers (phones, licences).
 */
export const CASE_DOCUMENT_POLICY = {
  roles: ['driver', 'officer', 'auditor', 'assistant'],
  object: caseObject('stream', 'seesCase'),
  body: 'none',
} as const satisfies EndpointPolicy;

/** A settlement is for its claimant, the claim's insurers (handling and paying) and auditors. */
export const SETTLEMENT_DOCUMENT_POLICY = {
  roles: ['driver', 'adjuster', 'auditor'],
  object: claimObject('stream', 'seesClaim'),
  body: 'none',
} as const satisfies EndpointPolicy;

const PDF = { status: 200, binary: ['application/pdf'] } as const;
export const PDF_ANSWER = PDF;

/**
 * The route's rules applied to the case folded from the very events the document is made from:
 * one read decides both who may have it and what it says.
 */
export function authorizeCase(events: readonly RecordedEvent[], principal: Principal, request: RoutedRequest): void {
  const state = fold(events.flatMap((recorded) => asCaseEvent(recorded)));
  authorizeObject<CaseAccess>(
    CASE_DOCUMENT_POLICY.object,
    principal,
    state.status === 'NONE' ? null : caseAccess(state),
    request.params as RouteParams,
  );
  refuseAnyBody(request.body);
}

export function authorizeClaim(events: readonly RecordedEvent[], principal: Principal, request: RoutedRequest): void {
  const state = events
    .map((recorded) => ({ type: recorded.type, data: recorded.data }) as ClaimEvent)
    .reduce(claimDecider.evolve, claimDecider.initialState);
  authorizeObject<ClaimAccess>(
    SETTLEMENT_DOCUMENT_POLICY.object,
    principal,
    state.status === 'NONE' ? null : claimAccess(state),
    request.params as RouteParams,
  );
  refuseAnyBody(request.body);
}

function asCaseEvent(recorded: RecordedEvent): CaseEvent[] {
  const event = { type: recorded.type, data: recorded.data };
  return isCaseEvent(event) ? [event] : [];
}
