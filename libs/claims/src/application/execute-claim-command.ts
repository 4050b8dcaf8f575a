import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, EVENT_STORE, ID_GENERATOR, type Clock, type EventStore, type IdGenerator } from '@quickclaim/platform';
import {
  handleCommand,
  type CommandContext,
  type HandleCommandOptions,
  type CommandOutcome,
} from '@quickclaim/platform/eventsourcing';
import type { ClaimCommand } from '../domain/claim.commands';
import { claimDecider } from '../domain/claim.decider';
import { claimStreamId, type ClaimEvent } from '../domain/claim.events';
import type { ClaimState } from '../domain/claim.state';

/**
 * Any command on one claim; given as a function, it is made from the folded claim once
 * `authorize` let the caller through.
 */
export class ExecuteClaimCommand {
  constructor(
    readonly claimId: string,
    readonly command: ClaimCommand | ((state: ClaimState) => ClaimCommand),
    readonly context: CommandContext,
    readonly options: HandleCommandOptions<ClaimEvent, ClaimState> = {},
  ) {}
}

const deciderOfMadeCommands = {
  ...claimDecider,
  decide: (make: (state: ClaimState) => ClaimCommand, state: ClaimState) => claimDecider.decide(make(state), state),
};

/** Load the claim, authorize, decide, append with the expected revision. */
@CommandHandler(ExecuteClaimCommand)
export class ExecuteClaimCommandHandler implements ICommandHandler<
  ExecuteClaimCommand,
  CommandOutcome<ClaimEvent, ClaimState>
> {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({
    claimId,
    command,
    context,
    options,
  }: ExecuteClaimCommand): Promise<CommandOutcome<ClaimEvent, ClaimState>> {
    return handleCommand(
      { eventStore: this.eventStore, clock: this.clock, ids: this.ids },
      claimStreamId(claimId),
      deciderOfMadeCommands,
      typeof command === 'function' ? command : () => command,
      context,
      options,
    );
  }
}
