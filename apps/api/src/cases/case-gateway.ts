import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ExecuteCaseCommand,
  GetCaseView,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type CaseViewDocument,
} from '@quickclaim/accident-case';
import {
  CLOCK,
  EVENT_STORE,
  type Clock,
  type CommandOutcome,
  type EventStore,
  type ProjectionRunner,
} from '@quickclaim/platform';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import type { AppConfig } from '../config';
import { ProblemException } from '../http/problem';
import { requestIdOf } from '../http/request-id';
import { APP_CONFIG, PROJECTION_RUNNER } from '../tokens';
import { seesCase } from '../auth/access-rules';

type CommandBody<C> = C extends unknown ? Omit<C, 'now'> : never;

/** What every case endpoint does around the domain: stamp time and actor, dispatch, read your writes. */
@Injectable()
export class CaseGateway {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  execute(
    caseId: string,
    principal: Principal,
    request: Request,
    command: CommandBody<CaseCommand>,
  ): Promise<CommandOutcome<CaseEvent, CaseState>> {
    const requestId = requestIdOf(request);
    return this.commandBus.execute(
      new ExecuteCaseCommand(caseId, { ...command, now: this.clock.now().toISOString() } as CaseCommand, {
        actor: {
          sub: principal.sub,
          role: principal.role,
          ...(principal.district ? { district: principal.district } : {}),
          ...(principal.insurer ? { insurer: principal.insurer } : {}),
        },
        correlationId: requestId,
        causationId: requestId,
      }),
    );
  }

  /** Waits until the projections reflect every event recorded before this call (at most the configured time). */
  async catchUp(): Promise<void> {
    const head = await this.eventStore.headPosition();
    const reached = await this.projections.waitFor(head, this.config.readYourWritesTimeoutMs);
    if (!reached) {
      throw new ProblemException(503, 'READ_MODEL_BEHIND', 'The views are catching up; try again in a moment');
    }
  }

  /** The case's view once it reflects every earlier command, whoever asks. */
  async findCase(caseId: string): Promise<CaseViewDocument | null> {
    await this.catchUp();
    return this.queryBus.execute<GetCaseView, CaseViewDocument | null>(new GetCaseView(caseId));
  }

  /** The case as the caller may see it, or 404 whether it is absent or just not theirs. */
  async visibleCase(caseId: string, principal: Principal): Promise<CaseViewDocument> {
    const document = await this.findCase(caseId);
    if (!document || !seesCase(principal, document.state)) {
      throw new ProblemException(404, 'CASE_NOT_FOUND', 'No such case');
    }
    return document;
  }
}
