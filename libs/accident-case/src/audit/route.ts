import { Controller, Inject, Optional, Param, Query, Req } from '@nestjs/common';
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
import {
  AUDIT_SIGNING,
  BLOB_STORE,
  EVENT_STORE,
  type AuditSigning,
  type BlobStore,
  type EventStore,
  type RecordedEvent,
} from '@quickclaim/platform';
import { describeProblem } from '@quickclaim/platform/eventsourcing';
import { auditTrail, eventsAsOf } from './as-of';
import { auditCase, type CaseAudit } from './case-audit';
import type { z } from 'zod';
import { caseAccess, partyOfPrincipal, type CaseAccess } from '../access/case.access';
import { caseObject } from '../access/case.object';
import { presentCase } from '../case-views/present';
import { fold } from '../domain/case.decider';
import { caseStreamId, isCaseEvent } from '../domain/case.events';
import { AUDIT_READERS, CASE_ID } from '../http/endpoints';
import { AuditStateQuery } from '../http/inputs';
import { AuditEvents, AuditState, AuditVerification } from '../http/responses';
import { evolveCaseView, type CaseViewDocument } from '../case-views/case-views.projection';
import { redactForParty } from './redaction';

/** Audit reads the stream itself, not a view: it is the proof, so it never waits for one. */
const auditPolicy = { roles: AUDIT_READERS, object: caseObject('stream', 'seesCase'), body: 'none' } as const;

export const AUDIT_EVENTS = endpoint({
  method: 'GET',
  path: '/audit/cases/:caseId/events',
  tag: 'audit',
  summary: "The case's events with their hash chain, verified",
  policy: auditPolicy,
  response: { status: 200, json: AuditEvents },
});

export const AUDIT_STATE = endpoint({
  method: 'GET',
  path: '/audit/cases/:caseId/state',
  tag: 'audit',
  summary:
    'The case as it was at a revision (?revision=N) or a moment (?at=ISO): the case view itself, with `asOf` beside it; a revision beyond the last is 404',
  policy: auditPolicy,
  query: AuditStateQuery,
  response: { status: 200, json: AuditState },
});

export const AUDIT_VERIFICATION = endpoint({
  method: 'GET',
  path: '/audit/cases/:caseId/verification',
  tag: 'audit',
  summary:
    'Are the chains of the case and of its claims intact, is none of their events deleted, and does every photo still hash to its recorded SHA-256?',
  policy: auditPolicy,
  response: { status: 200, json: AuditVerification },
});

/**
 * Auditors see every case; parties and officers see the cases they may see anyway, with other
 * people's details masked. The stream is read once: its fold decides who may see it.
 */
@Controller()
export class AuditCaseRoute {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Optional() @Inject(AUDIT_SIGNING) private readonly signing?: AuditSigning | null,
  ) {}

  @Route(AUDIT_EVENTS)
  async events(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
  ) {
    const { events, access } = await this.readVisible(caseId, principal, request);
    const viewerParty = partyOfPrincipal(principal, access);
    return auditTrail(caseStreamId(caseId), events, (event) =>
      principal.role === 'driver' ? redactForParty(event, viewerParty) : event.data,
    );
  }

  @Route(AUDIT_STATE)
  async state(
    @Param('caseId', CASE_ID) caseId: string,
    @Query(valid(AuditStateQuery)) asOf: z.infer<typeof AuditStateQuery>,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
  ) {
    const { events } = await this.readVisible(caseId, principal, request);
    const upTo = eventsAsOf(events, asOf, 'case');
    const document = upTo.reduce<CaseViewDocument | null>(evolveCaseView, null);
    if (!document) {
      throw new ProblemException(404, 'NO_STATE_AT_THAT_POINT', 'The case did not exist yet at that point');
    }
    const last = upTo[upTo.length - 1]!;
    // The case itself, as GET /cases/{id} shows it, with the point it was replayed to beside it.
    return {
      ...presentCase(document, principal),
      asOf: { revision: last.revision, recordedAt: last.metadata.recordedAt },
    };
  }

  @Route(AUDIT_VERIFICATION)
  async verification(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: RoutedRequest,
  ) {
    await this.readVisible(caseId, principal, request);
    return presentCaseAudit(
      await auditCase(this.eventStore, caseId, { blobs: this.blobs, trustedKey: this.signing?.publicKey ?? null }),
    );
  }

  /** The case's stream as stored, once the caller passed the route's rules on its fold (and sent no body). */
  private async readVisible(
    caseId: string,
    principal: Principal,
    request: RoutedRequest,
  ): Promise<{ events: RecordedEvent[]; access: CaseAccess }> {
    const events = await this.eventStore.readStream(caseStreamId(caseId), { fromStorage: true });
    const state = fold(
      events.flatMap((recorded) => {
        const event = { type: recorded.type, data: recorded.data };
        return isCaseEvent(event) ? [event] : [];
      }),
    );
    const access = authorizeObject(
      auditPolicy.object,
      principal,
      state.status === 'NONE' ? null : caseAccess(state),
      request.params as RouteParams,
    );
    refuseAnyBody(request.body);
    return { events, access };
  }
}

/** A case's audit as the endpoint answers it: one verdict per kind of problem, and one per stream. */
export function presentCaseAudit(report: CaseAudit) {
  const kinds = new Set(report.problems.map((problem) => problem.kind));
  return {
    streamId: report.caseStreamId,
    chainValid: !kinds.has('chain'),
    photosIntact: !kinds.has('content'),
    problems: report.problems.map(describeProblem),
    nothingDeleted: !kinds.has('missing'),
    intact: report.problems.length === 0,
    streams: report.streamReports.map((stream) => ({
      streamId: stream.streamId,
      events: stream.events,
      lastRevision: stream.lastRevision,
      intact: stream.problems.length === 0,
      problems: stream.problems.map(describeProblem),
    })),
    checkpoint: report.checkpoint,
  };
}
