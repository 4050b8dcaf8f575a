import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { PARTY_IDS } from '../../domain/case.types';
import { isAtOrAfter } from '../../domain/time';
import { finalizeDecision } from '../responses.rules';

/** Three days after the decision, silence is acceptance: whoever did not answer accepts, and liability is final. */
export function closeResponsePeriod(
  command: CaseCommandOf<'CloseResponsePeriod'>,
  state: ReportedCaseState,
): CaseEvent[] {
  const decided = requireStatus(state, 'CloseResponsePeriod');
  if (!isAtOrAfter(command.now, decided.decision.responseDeadline)) {
    throw refuse.rule('RESPONSE_PERIOD_OPEN', 'The parties still have time to answer the decision');
  }
  const silent = PARTY_IDS.filter((party) => !decided.responses[party]);
  return [
    ...silent.map((party): CaseEvent => ({
      type: 'LiabilityAccepted',
      data: { party, acceptedAt: command.now, bySilence: true },
    })),
    finalizeDecision(decided, command.now),
  ];
}
