import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus, validateSituations } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { requireFilingAssistant } from '../assistance.rules';

/** The assistant declares up to 3 standard situations for a party, as that party told them. */
export function declareCircumstancesForParty(
  command: CaseCommandOf<'DeclareCircumstancesForParty'>,
  state: ReportedCaseState,
): CaseEvent[] {
  requireFilingAssistant(state, command.assistantId);
  requireStatus(state, 'DeclareCircumstancesForParty');
  const situations = validateSituations(command.situations, 'situations');
  const { party, note, now } = command;
  return [
    {
      type: 'CircumstancesDeclared',
      data: { party, situations, ...(note ? { note } : {}), declaredAt: now, onBehalfOf: party },
    },
  ];
}
