import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import {
  CLAIM_ID,
  claimAccess,
  claimObject,
  claimStreamId,
  evolveClaimView,
  presentClaim,
  type ClaimViewDocument,
} from '@quickclaim/claims';
import {
  CurrentPrincipal,
  ProblemException,
  Route,
  authorizeObject,
  endpoint,
  refuseAnyBody,
  valid,
  type Principal,
  type RoutedRequest,
  type RouteParams,
} from '@quickclaim/http';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@quickclaim/platform';
import type { z } from 'zod';
import { AuditStateQuery } from '../../http/inputs';
import { AuditClaimState, AuditEvents } from '../../http/responses';
import { auditTrail, eventsAsOf } from '../as-of';

/**
 * A claim's audit trail (its assessments, rejections, settlement and payouts) read from its
 * stream, as the case's is: auditors, and the adjusters of the claim's insurers. Claimants read
 * their claim, and the case's trail, where what the insurers recorded about fraud is not shown.
 */
const claimAuditPolicy = {
  roles: ['auditor', 'adjuster'],
  object: claimObject('stream', 'seesClaim'),
  body: 'none',
} as const;

export const AUDIT_CLAIM_EVENTS = endpoint({
  method: 'GET',
  path: '/audit/claims/:claimId/events',
  tag: 'audit',
  summary: "The claim's events (assessments, settlement, payouts) with their hash chain, verified",
  policy: claimAuditPolicy,
  response: { status: 200, json: AuditEvents },
});

export const AUDIT_CLAIM_STATE = endpoint({
  method: 'GET',
  path: '/audit/claims/:claimId/state',
  tag: 'audit',
  summary:
    'The claim as it was at a revision (?revision=N) or a moment (?at=ISO): the claim view itself, with `asOf` beside it; a revision beyond the last is 404',
  policy: claimAuditPolicy,
  query: AuditStateQuery,
  response: { status: 200, json: AuditClaimState },
});

@Controller()
export class AuditClaimRoute {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  @Route(AUDIT_CLAIM_EVENTS)
  async events(
    @Param('claimId', CLAIM_ID) claimId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
  ) {
    const events = await this.readVisible(claimId, principal, request);
    return auditTrail(claimStreamId(claimId), events);
  }

  @Route(AUDIT_CLAIM_STATE)
  async state(
    @Param('claimId', CLAIM_ID) claimId: string,
    @Query(valid(AuditStateQuery)) asOf: z.infer<typeof AuditStateQuery>,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
  ) {
    const upTo = eventsAsOf(await this.readVisible(claimId, principal, request), asOf, 'claim');
    const document = upTo.reduce<ClaimViewDocument | null>(evolveClaimView, null);
    if (!document) {
      throw new ProblemException(404, 'NO_STATE_AT_THAT_POINT', 'The claim did not exist yet at that point');
    }
    const last = upTo[upTo.length - 1]!;
    // The claim itself, as GET /claims/{id} shows it, with the point it was replayed to beside it.
    return {
      ...presentClaim(document, principal),
      asOf: { revision: last.revision, recordedAt: last.metadata.recordedAt },
    };
  }

  /** The claim's stream as stored, once the caller passed the route's rules on its fold (and sent no body). */
  private async readVisible(claimId: string, principal: Principal, request: RoutedRequest): Promise<RecordedEvent[]> {
    const events = await this.eventStore.readStream(claimStreamId(claimId), { fromStorage: true });
    const document = events.reduce<ClaimViewDocument | null>(evolveClaimView, null);
    authorizeObject(
      claimAuditPolicy.object,
      principal,
      document ? claimAccess(document.state) : null,
      request.params as RouteParams,
    );
    refuseAnyBody(request.body);
    return events;
  }
}
