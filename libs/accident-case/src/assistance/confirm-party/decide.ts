import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireStatus } from '../../domain/case.rules';
import type { ReportedCaseState } from '../../domain/case.state';
import {
  checkCode,
  confirmed,
  requireAssistedAgreement,
  requireFilingAssistant,
  requireUnconfirmed,
  sameName,
  samePhone,
} from '../assistance.rules';

/**
 * A party confirms the recorded agreement on the assistant's device: with the code their phone
 * received, or by signing with their name and phone, which must be the party's. Liability is
 * final by agreement when both have confirmed.
 */
export function confirmParty(command: CaseCommandOf<'ConfirmParty'>, state: ReportedCaseState): CaseEvent[] {
  requireFilingAssistant(state, command.assistantId);
  const reported = requireStatus(state, 'ConfirmParty');
  const assisted = requireAssistedAgreement(reported);
  const { party, confirmation, now } = command;
  requireUnconfirmed(assisted, party);
  const details = reported.parties[party]!;
  if (confirmation.method === 'CODE') {
    const rejected = checkCode(assisted, party, confirmation.codeHash, 'CODE', now);
    if (rejected) return rejected;
    return confirmed(assisted, { party, method: 'CODE', confirmedAt: now, onBehalfOf: party });
  }
  const mismatches = [
    ...(sameName(confirmation.name, details.driverName) ? [] : [{ field: 'name', message: "is not the party's name" }]),
    ...(samePhone(confirmation.phone, details.phone) ? [] : [{ field: 'phone', message: "is not the party's phone" }]),
  ];
  if (mismatches.length > 0) {
    throw refuse.rule('SIGNATURE_MISMATCH', `The signature does not match party ${party}`, mismatches);
  }
  return confirmed(assisted, {
    party,
    method: 'SIGNATURE',
    confirmedAt: now,
    signedName: confirmation.name,
    onBehalfOf: party,
  });
}
