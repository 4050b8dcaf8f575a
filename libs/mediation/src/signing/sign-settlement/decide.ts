import type { MediationCommandOf } from '../../domain/mediation.commands';
import { refuse } from '../../domain/mediation.errors';
import type { MediationEvent } from '../../domain/mediation.events';
import { requireParty, requireStatus } from '../../domain/mediation.rules';
import type { OpenedMediationState } from '../../domain/mediation.state';

/** A party signs the proposed settlement; once both parties signed it, it is agreed. */
export function signSettlement(
  command: MediationCommandOf<'SignSettlement'>,
  state: OpenedMediationState,
): MediationEvent[] {
  const party = requireParty(state, command.driverId);
  const proposed = requireStatus(state, 'SignSettlement');
  if (proposed.signedBy.includes(party)) {
    throw refuse.conflict('MEDIATION_ALREADY_SIGNED', 'You have already signed this settlement');
  }
  const signed: MediationEvent = {
    type: 'MediationSigned',
    data: { party, driverId: command.driverId, signedAt: command.now },
  };
  const everyone = proposed.parties.every(
    (candidate) => candidate.party === party || proposed.signedBy.includes(candidate.party),
  );
  if (!everyone) return [signed];
  return [signed, { type: 'MediationAgreed', data: { vehicles: proposed.proposal.vehicles, agreedAt: command.now } }];
}
