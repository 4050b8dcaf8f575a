import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { flagged, requireStatus, samePlate } from '../../domain/case.rules';
import { partyOfDriver, type ReportedCaseState } from '../../domain/case.state';

/** A second driver joins with the code on party A's screen and becomes party B; joining again is done. */
export function joinCase(command: CaseCommandOf<'JoinCase'>, state: ReportedCaseState): CaseEvent[] {
  const existing = partyOfDriver(state, command.driverId);
  if (existing === 'A') throw refuse.rule('REPORTER_CANNOT_JOIN', 'The reporter is party A and cannot join as party B');
  if (existing === 'B') return [];
  if (command.joinCode !== state.joinCode) {
    throw refuse.rule('INVALID_JOIN_CODE', 'The join code does not match this case', [
      { field: 'joinCode', message: 'does not match' },
    ]);
  }
  if (state.parties.B) throw refuse.conflict('PARTY_B_ALREADY_JOINED', 'Another driver has already joined as party B');
  requireStatus(state, 'JoinCase');
  if (samePlate(command.party.plate, state.parties.A.plate)) {
    throw refuse.rule('SAME_VEHICLE', 'Party B must be another vehicle than party A', [
      { field: 'party.plate', message: "is party A's plate" },
    ]);
  }
  return [
    {
      type: 'PartyJoined',
      data: { party: 'B', driver: { ...command.party, driverId: command.driverId }, joinedAt: command.now },
    },
    ...flagged(command.flags ?? [], state.flags, command.now),
  ];
}
