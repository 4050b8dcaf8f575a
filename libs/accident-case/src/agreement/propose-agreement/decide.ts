import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { invalidAllocation, requireParty, requirePartyB, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { isSelfNegotiable, isValidAllocation } from '../../domain/liability-rules';

/** A party proposes, and signs, a FULL/NONE allocation for the other party to sign. */
export function proposeAgreement(command: CaseCommandOf<'ProposeAgreement'>, state: ReportedCaseState): CaseEvent[] {
  const party = requireParty(state, command.driverId);
  requireStatus(state, 'ProposeAgreement');
  requirePartyB(state);
  const { allocation } = command;
  if (!isValidAllocation(allocation)) throw invalidAllocation();
  if (!isSelfNegotiable(allocation)) {
    throw refuse.rule(
      'AGREEMENT_NEEDS_POLICE',
      'Only a FULL/NONE allocation can be agreed online; ask for a police decision instead',
      [{ field: 'allocation', message: 'must be FULL/NONE' }],
    );
  }
  return [{ type: 'AgreementProposed', data: { allocation, proposedBy: party, proposedAt: command.now } }];
}
