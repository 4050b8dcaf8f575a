import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, EVENT_STORE, ID_GENERATOR, type Clock, type EventStore, type IdGenerator } from '@quickclaim/platform';
import {
  handleCommand,
  type CommandContext,
  type HandleCommandOptions,
  type CommandOutcome,
} from '@quickclaim/platform/eventsourcing';
import type { CaseCommand } from '../domain/case.commands';
import { caseDecider } from '../domain/case.decider';
import { caseStreamId, type CaseEvent } from '../domain/case.events';
import type { CaseState } from '../domain/case.state';

/**
 * Any command on one accident case, with who asked and why. The command may be made only once
 * the caller is authorized on the folded case (a route's body is validated then, see
 * `Deferred`), and `authorize` refuses a caller before anything is decided.
 */
export class ExecuteCaseCommand {
  constructor(
    readonly caseId: string,
    readonly command: CaseCommand | ((state: CaseState) => CaseCommand),
    readonly context: CommandContext,
    readonly options: HandleCommandOptions<CaseEvent, CaseState> = {},
  ) {}
}

const deciderOfMadeCommands = {
  ...caseDecider,
  decide: (make: (state: CaseState) => CaseCommand, state: CaseState) => caseDecider.decide(make(state), state),
};

/** The thin shell around the decider: load the case, authorize, decide, append with the expected revision. */
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

  execute({ caseId, command, context, options }: ExecuteCaseCommand): Promise<CommandOutcome<CaseEvent, CaseState>> {
    return handleCommand(
      { eventStore: this.eventStore, clock: this.clock, ids: this.ids },
      caseStreamId(caseId),
      deciderOfMadeCommands,
      typeof command === 'function' ? command : () => command,
      context,
      options,
    );
  }
}
