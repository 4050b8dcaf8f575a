import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  CaseViews,
  ExecuteCaseCommand,
  GetCaseView,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type CaseViewDocument,
} from '@quickclaim/accident-case';
import { CLOCK, type Clock } from '@quickclaim/platform';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { ProblemException } from '../http/problem';
import { requestIdOf } from '../http/request-id';
import { announcePosition, ReadYourWrites } from '../read-side/read-your-writes';
import { seesCase } from '../auth/access-rules';

type CommandBody<C> = C extends unknown ? Omit<C, 'now'> : never;

/** What every case endpoint does around the domain: stamp time and actor, dispatch, read your writes. */
@Injectable()
export class CaseGateway {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
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
    const outcome = this.commandBus.execute<ExecuteCaseCommand, CommandOutcome<CaseEvent, CaseState>>(
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
    return outcome.then((result) => {
      announcePosition(request, result.position);
      return result;
    });
  }

  /**
   * Waits until the named read models (all, when none is named) reflect the caller's writes: the
   * position in their Read-After header, or every event recorded before this call.
   */
  catchUp(projections?: readonly string[]): Promise<void> {
    return this.readYourWrites.catchUp(projections);
  }

  /** The case's view once it reflects every earlier command, whoever asks. */
  async findCase(caseId: string): Promise<CaseViewDocument | null> {
    await this.catchUp([CaseViews.projection]);
    return this.queryBus.execute<GetCaseView, CaseViewDocument | null>(new GetCaseView(caseId));
  }

  /** The case as the caller may see it, or 404 whether it is absent or just not theirs. */
  async visibleCase(
    caseId: string,
    principal: Principal,
    alsoReading: readonly string[] = [],
  ): Promise<CaseViewDocument> {
    await this.catchUp([CaseViews.projection, ...alsoReading]);
    const document = await this.queryBus.execute<GetCaseView, CaseViewDocument | null>(new GetCaseView(caseId));
    if (!document || !seesCase(principal, document.state)) {
      throw new ProblemException(404, 'CASE_NOT_FOUND', 'No such case');
    }
    return document;
  }
}
