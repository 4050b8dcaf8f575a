import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { flagged, requireStatus, samePlate, withValidPlate } from '../../domain/case.rules';
import { partyOfDriver, type ReportedCaseState } from '../../domain/case.state';

/**
 * A second driver joins with the code on party A's screen and becomes party B; joining again is
 * done. The code is what lets a stranger learn anything: with a wrong one, a case that is no
 * longer waiting for its party B does not exist; with the right one, a third driver is told the
 * case is full.
 */
export function joinCase(command: CaseCommandOf<'JoinCase'>, state: ReportedCaseState): CaseEvent[] {
  const existing = partyOfDriver(state, command.driverId);
  if (existing === 'A') throw refuse.rule('REPORTER_CANNOT_JOIN', 'The reporter is party A and cannot join as party B');
  if (existing === 'B') return [];
  if (command.joinCode !== state.joinCode) {
    if (!waitsForPartyB(state)) throw refuse.caseNotFound();
    throw refuse.rule('INVALID_JOIN_CODE', 'The join code does not match this case', [
      { field: 'joinCode', message: 'does not match' },
    ]);
  }
  if (state.parties.B) throw refuse.conflict('CASE_FULL', 'Both drivers of this case have joined it already');
  requireStatus(state, 'JoinCase');
  const driver = withValidPlate(command.party);
  if (samePlate(driver.plate, state.parties.A.plate)) {
    throw refuse.rule('SAME_VEHICLE', 'Party B must be another vehicle than party A', [
      { field: 'party.plate', message: "is party A's plate" },
    ]);
  }
  return [
    {
      type: 'PartyJoined',
      data: { party: 'B', driver: { ...driver, driverId: command.driverId }, joinedAt: command.now },
    },
    ...flagged(command.flags ?? [], command.flagDetails ?? [], state.flags, command.now),
  ];
}

/** Anyone with the case id may try the code while the case waits for party B (and only then). */
export function waitsForPartyB(state: { status: string; parties: { B?: unknown } }): boolean {
  return state.status === 'REPORTED' && !state.parties.B;
}
