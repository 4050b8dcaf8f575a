import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { requireCase, requireStatus } from '../../domain/case.rules';
import { partyOfDriver, type ReportedCaseState } from '../../domain/case.state';
import { otherParty } from '../../domain/case.types';
import { checkCode, confirmed, requireAssistedAgreement, requireUnconfirmed, samePhone } from '../assistance.rules';

/**
 * A party confirms on their own phone, as a driver, with the code the SMS brought (its link opens
 * the confirmation screen): their driver account becomes the party's, so they follow the case
 * from then on. A token that carries a phone must carry the party's.
 */
export function confirmOwnParty(command: CaseCommandOf<'ConfirmOwnParty'>, state: ReportedCaseState): CaseEvent[] {
  const filed = requireCase(state);
  if (!filed.filedBy) throw refuse.caseNotFound();
  const { party, driverId, now } = command;
  if (partyOfDriver(filed, driverId) === otherParty(party)) {
    throw refuse.conflict('DRIVER_IS_OTHER_PARTY', `You are party ${otherParty(party)} of this case`);
  }
  const details = filed.parties[party]!;
  if (details.driverId !== undefined && details.driverId !== driverId) throw refuse.caseNotFound();
  const assisted = requireAssistedAgreement(requireStatus(filed, 'ConfirmOwnParty'));
  requireUnconfirmed(assisted, party);
  if (command.phone !== undefined && !samePhone(command.phone, details.phone)) {
    throw refuse.rule('PARTY_PHONE_MISMATCH', `Your phone is not the phone of party ${party}`, [
      { field: 'party', message: 'has another phone' },
    ]);
  }
  const rejected = checkCode(assisted, party, command.codeHash, 'OWN_PHONE', now);
  if (rejected) return rejected;
  return confirmed(assisted, { party, method: 'OWN_PHONE', confirmedAt: now, driverId });
}
