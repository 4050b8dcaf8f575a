import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { invalidAllocation, requireText, validateSituations } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isValidAllocation } from '../../domain/liability-rules';
import { addMinutes } from '../../domain/time';
import { requireHolder } from '../desk.rules';

export const RESPONSE_PERIOD_MINUTES = 3 * 24 * 60;

/** The holding officer decides liability; the parties have 3 days to answer. */
export function decideLiability(command: CaseCommandOf<'DecideLiability'>, state: ReportedCaseState): CaseEvent[] {
  const held = requireHolder(state, command);
  if (!isValidAllocation(command.allocation)) throw invalidAllocation();
  const reasoning = requireText(command.reasoning, 'reasoning', 'REASONING_REQUIRED');
  const situations = validateSituations(command.situations, 'situations');
  return [
    {
      type: 'LiabilityDecided',
      data: {
        officerId: command.officerId,
        allocation: command.allocation,
        situations,
        reasoning,
        basis: held.policeRequest.review ? 'REVIEW' : 'POLICE',
        decidedAt: command.now,
        responseDeadline: addMinutes(command.now, RESPONSE_PERIOD_MINUTES),
      },
    },
  ];
}
