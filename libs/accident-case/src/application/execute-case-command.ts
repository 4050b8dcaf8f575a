import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, EVENT_STORE, ID_GENERATOR, type Clock, type EventStore, type IdGenerator } from '@quickclaim/platform';
import { handleCommand, type CommandContext, type CommandOutcome } from '@quickclaim/platform/eventsourcing';
import type { CaseCommand } from '../domain/case.commands';
import { caseDecider, type CaseState } from '../domain/case.decider';
import { caseStreamId, type CaseEvent } from '../domain/case.events';

/** Any command on one accident case, with who asked and why. */
export class ExecuteCaseCommand {
  constructor(
    readonly caseId: string,
    readonly command: CaseCommand,
    readonly context: CommandContext,
  ) {}
}

/** The thin shell around the decider: load the case, decide, append with the expected revision. */
@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<
  ExecuteCaseCommand,
  CommandOutcome<CaseEvent, CaseState>
> {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ caseId, command, context }: ExecuteCaseCommand): Promise<CommandOutcome<CaseEvent, CaseState>> {
    return handleCommand(
      { eventStore: this.eventStore, clock: this.clock, ids: this.ids },
      caseStreamId(caseId),
      caseDecider,
      command,
      context,
    );
  }
}
