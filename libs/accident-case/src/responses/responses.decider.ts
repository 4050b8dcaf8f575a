import type { CaseCommandOf } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { ReportedCaseState } from '../domain/case.state';
import { acceptLiability } from './accept-liability/decide';
import { closeResponsePeriod } from './close-response-period/decide';
import { disputeLiability } from './dispute-liability/decide';

/** Responses: the parties accept or dispute the police decision; 3 days of silence is acceptance. */
export type ResponsesCommand = CaseCommandOf<'AcceptLiability' | 'DisputeLiability' | 'CloseResponsePeriod'>;

export function decideResponses(command: ResponsesCommand, state: ReportedCaseState): CaseEvent[] {
  switch (command.type) {
    case 'AcceptLiability':
      return acceptLiability(command, state);
    case 'DisputeLiability':
      return disputeLiability(command, state);
    case 'CloseResponsePeriod':
      return closeResponsePeriod(command, state);
    default: {
      const exhaustive: never = command;
      return exhaustive;
    }
  }
}
