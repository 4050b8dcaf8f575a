import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, EVENT_STORE, ID_GENERATOR, type Clock, type EventStore, type IdGenerator } from '@quickclaim/platform';
import { handleCommand, type CommandContext, type CommandOutcome } from '@quickclaim/platform/eventsourcing';
import type { ClaimCommand } from '../domain/claim.commands';
import { claimDecider, type ClaimState } from '../domain/claim.decider';
import { claimStreamId, type ClaimEvent } from '../domain/claim.events';

export class ExecuteClaimCommand {
  constructor(
    readonly claimId: string,
    readonly command: ClaimCommand,
    readonly context: CommandContext,
  ) {}
}

/** Load the claim, decide, append with the expected revision. */
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

  execute({ claimId, command, context }: ExecuteClaimCommand): Promise<CommandOutcome<ClaimEvent, ClaimState>> {
    return handleCommand(
      { eventStore: this.eventStore, clock: this.clock, ids: this.ids },
      claimStreamId(claimId),
      claimDecider,
      command,
      context,
    );
  }
}
