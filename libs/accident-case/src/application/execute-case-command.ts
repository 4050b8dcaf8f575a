import { CommandHandler } from '@nestjs/cqrs';
import { AggregateCommand, AggregateCommandHandler } from '@quickclaim/http';
import type { CaseCommand } from '../domain/case.commands';
import { caseDecider } from '../domain/case.decider';
import { caseStreamId, type CaseEvent } from '../domain/case.events';
import type { CaseState } from '../domain/case.state';

/** Any command on one accident case, with who asked and why (`id` is the case's). */
export class ExecuteCaseCommand extends AggregateCommand<CaseCommand, CaseEvent, CaseState> {}

@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler extends AggregateCommandHandler<CaseCommand, CaseEvent, CaseState> {
  protected readonly decider = caseDecider;
  protected streamId = caseStreamId;
}
