import { CommandHandler } from '@nestjs/cqrs';
import { AggregateCommand, AggregateCommandHandler } from '@quickclaim/http';
import type { MediationCommand } from '../domain/mediation.commands';
import { mediationDecider } from '../domain/mediation.decider';
import type { MediationEvent } from '../domain/mediation.events';
import type { MediationState } from '../domain/mediation.state';
import { mediationStreamId } from '../domain/mediation.types';

/** Any command on one mediation, with who asked and why (`id` is the mediation's). */
export class ExecuteMediationCommand extends AggregateCommand<MediationCommand, MediationEvent, MediationState> {}

@CommandHandler(ExecuteMediationCommand)
export class ExecuteMediationCommandHandler extends AggregateCommandHandler<
  MediationCommand,
  MediationEvent,
  MediationState
> {
  protected readonly decider = mediationDecider;
  protected streamId = mediationStreamId;
}
