import { CommandHandler } from '@nestjs/cqrs';
import { AggregateCommand, AggregateCommandHandler } from '@quickclaim/http';
import type { ClaimCommand } from '../domain/claim.commands';
import { claimDecider } from '../domain/claim.decider';
import { claimStreamId, type ClaimEvent } from '../domain/claim.events';
import type { ClaimState } from '../domain/claim.state';

/** Any command on one claim, with who asked and why (`id` is the claim's). */
export class ExecuteClaimCommand extends AggregateCommand<ClaimCommand, ClaimEvent, ClaimState> {}

@CommandHandler(ExecuteClaimCommand)
export class ExecuteClaimCommandHandler extends AggregateCommandHandler<ClaimCommand, ClaimEvent, ClaimState> {
  protected readonly decider = claimDecider;
  protected streamId = claimStreamId;
}
