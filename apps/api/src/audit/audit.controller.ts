import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { caseStreamId, evolveCaseView, type CaseViewDocument } from '@quickclaim/accident-case';
import { BLOB_STORE, EVENT_STORE, type BlobStore, type EventStore, type RecordedEvent } from '@quickclaim/platform';
import { auditStream, describeProblem, verifyChain } from '@quickclaim/platform/eventsourcing';
import { CurrentPrincipal, type Principal } from '../auth/principal';
import { CaseGateway } from '../cases/case-gateway';
import { partyOfPrincipal } from '../auth/access-rules';
import { presentCase } from '../cases/case-view.presenter';
import { AuditStateQuery } from '../cases/schemas';
import { CaseIdPipe } from '../http/case-id.pipe';
import { ProblemException } from '../http/problem';
import { parseInput } from '../http/validation';
import { photoReferences } from './evidence-references';
import { redactForParty } from './redaction';

/**
 * Audit reads the stream itself, not a projection: it is the proof. Auditors see every case;
 * parties and officers see the cases they may see anyway, with other people's details masked.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/cases/:caseId')
export class AuditController {
  constructor(
    private readonly cases: CaseGateway,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  @Get('events')
  @ApiOperation({ summary: "The case's events with their hash chain, verified" })
  async events(@Param('caseId', CaseIdPipe) caseId: string, @CurrentPrincipal() principal: Principal) {
    const { events, viewerParty } = await this.readVisible(caseId, principal);
    const verification = verifyChain(events);
    return {
      streamId: caseStreamId(caseId),
      events: events.map((event) => ({
        revision: event.revision,
        position: event.position,
        eventId: event.metadata.eventId,
        type: event.type,
        data: principal.role === 'driver' ? redactForParty(event, viewerParty) : event.data,
        actor: event.metadata.actor,
        recordedAt: event.metadata.recordedAt,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
        prevHash: event.metadata.prevHash,
        hash: event.metadata.hash,
      })),
      chainValid: verification.valid,
      problems: verification.problems,
    };
  }

  @Get('state')
  @ApiOperation({ summary: 'The case as it was at a revision (?revision=N) or a moment (?at=ISO)' })
  async state(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Query() query: unknown,
    @CurrentPrincipal() principal: Principal,
  ) {
    const asOf = parseInput(AuditStateQuery, query);
    const { events } = await this.readVisible(caseId, principal);
    const upTo = events.filter((event) =>
      asOf.revision !== undefined
        ? event.revision <= asOf.revision
        : asOf.at !== undefined
          ? Date.parse(event.metadata.recordedAt) <= Date.parse(asOf.at)
          : true,
    );
    const document = upTo.reduce<CaseViewDocument | null>(evolveCaseView, null);
    if (!document) {
      throw new ProblemException(404, 'NO_STATE_AT_THAT_POINT', 'The case did not exist yet at that point');
    }
    const last = upTo[upTo.length - 1]!;
    return {
      asOf: { revision: last.revision, recordedAt: last.metadata.recordedAt },
      case: presentCase(document, principal),
    };
  }

  @Get('verification')
  @ApiOperation({ summary: 'Is the hash chain intact, and does every photo still hash to its recorded SHA-256?' })
  async verification(@Param('caseId', CaseIdPipe) caseId: string, @CurrentPrincipal() principal: Principal) {
    await this.readVisible(caseId, principal);
    const report = await auditStream(this.eventStore, caseStreamId(caseId), {
      blobs: this.blobs,
      contentReferences: photoReferences,
    });
    return {
      streamId: caseStreamId(caseId),
      chainValid: !report.problems.some((problem) => problem.kind === 'chain'),
      photosIntact: !report.problems.some((problem) => problem.kind === 'content'),
      problems: report.problems.map(describeProblem),
    };
  }

  private async readVisible(
    caseId: string,
    principal: Principal,
  ): Promise<{ events: RecordedEvent[]; viewerParty?: 'A' | 'B' }> {
    if (principal.role === 'auditor') {
      const events = await this.eventStore.readStream(caseStreamId(caseId), { fromStorage: true });
      if (events.length === 0) throw new ProblemException(404, 'CASE_NOT_FOUND', 'No such case');
      return { events };
    }
    const document = await this.cases.visibleCase(caseId, principal);
    const viewerParty = partyOfPrincipal(principal, document.state);
    return {
      events: await this.eventStore.readStream(caseStreamId(caseId), { fromStorage: true }),
      ...(viewerParty ? { viewerParty } : {}),
    };
  }
}
