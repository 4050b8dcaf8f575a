import { requireSelfNegotiable } from '../../agreement/agreement.rules';
import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requirePartyB, requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import { requireFilingAssistant } from '../assistance.rules';

/**
 * The assistant records the FULL/NONE allocation the parties negotiated, for both to confirm.
 * Recording it again replaces it (and any code sent for it) while nobody has confirmed; once a
 * party confirmed, only the same allocation is accepted (and changes nothing).
 */
export function recordAgreement(command: CaseCommandOf<'RecordAgreement'>, state: ReportedCaseState): CaseEvent[] {
  requireFilingAssistant(state, command.assistantId);
  const reported = requireStatus(state, 'RecordAgreement');
  requirePartyB(reported);
  const allocation = requireSelfNegotiable(command.allocation);
  const current = reported.assisted;
  const same = current?.allocation.A === allocation.A && current.allocation.B === allocation.B;
  if (current && Object.keys(current.confirmed).length > 0) {
    if (same) return [];
    throw refuse.conflict(
      'AGREEMENT_ALREADY_CONFIRMED',
      'A party has already confirmed the recorded agreement: it can no longer be changed',
    );
  }
  return [
    { type: 'AgreementRecorded', data: { allocation, recordedBy: command.assistantId, recordedAt: command.now } },
  ];
}
