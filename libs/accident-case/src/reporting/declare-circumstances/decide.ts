import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requireStatus, validateSituations } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';

/** A party declares up to 3 of the standard situations for their vehicle. */
export function declareCircumstances(
  command: CaseCommandOf<'DeclareCircumstances'>,
  state: ReportedCaseState,
): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  requireStatus(state, 'DeclareCircumstances');
  const situations = validateSituations(command.situations, 'situations');
  return [
    {
      type: 'CircumstancesDeclared',
      data: { party, situations, ...(command.note ? { note: command.note } : {}), declaredAt: command.now },
    },
  ];
}
