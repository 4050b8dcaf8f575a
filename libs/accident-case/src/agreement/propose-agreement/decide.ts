import type { CaseCommandOf } from '../../domain/case.commands';
import type { CaseEvent } from '../../domain/case.events';
import { requireParty, requirePartyB, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { requireSelfNegotiable } from '../agreement.rules';

/** A party proposes, and signs, a FULL/NONE allocation for the other party to sign. */
export function proposeAgreement(command: CaseCommandOf<'ProposeAgreement'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  requireStatus(state, 'ProposeAgreement');
  requirePartyB(state);
  const allocation = requireSelfNegotiable(command.allocation);
  return [{ type: 'AgreementProposed', data: { allocation, proposedBy: party, proposedAt: command.now } }];
}
