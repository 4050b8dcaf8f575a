import type { MediationCommandOf } from '../../domain/mediation.commands';
import type { MediationEvent } from '../../domain/mediation.events';
import { requireParty, requireStatus, requireText } from '../../domain/mediation.rules';
import type { OpenedMediationState } from '../../domain/mediation.state';

/** A party refuses the proposed settlement, saying why: the mediation fails, and the case goes offline. */
export function refuseSettlement(
  command: MediationCommandOf<'RefuseSettlement'>,
  state: OpenedMediationState,
): MediationEvent[] {
  const party = requireParty(state, command.driverId);
  requireStatus(state, 'RefuseSettlement');
  const reason = requireText(command.reason, 'reason');
  return [{ type: 'MediationFailed', data: { cause: 'PARTY_REFUSED', reason, by: party, failedAt: command.now } }];
}
