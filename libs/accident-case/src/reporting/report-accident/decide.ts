import type { RefusalDetail } from '@quickclaim/kernel';
import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { flagged, withValidPlate } from '../../domain/case.rules';
import type { CaseState } from '../../domain/case.state';
import { type Eligibility, ELIGIBILITY_CONDITIONS, reporterAccount } from '../../domain/case.types';
import { DISTRICT_IDS, districtById } from '../../domain/districts';
import { addMinutes, isAtOrAfter } from '../../domain/time';

const ELIGIBILITY_FAILURE: Record<keyof Eligibility, string> = {
  noInjuries: 'somebody was injured or killed',
  vehiclesMovable: 'a vehicle cannot move',
  licencesValid: 'a driver has no valid licence for the vehicle',
  compulsoryInsurance: 'a vehicle has no compulsory insurance',
  noIntoxication: 'a driver is suspected of alcohol or drugs',
  platesValid: 'a vehicle has no plates or false plates',
  nobodyLeft: 'a party left the scene',
  notDeliberate: 'the collision may have been deliberate',
};

/** Only an eligible accident that already happened in a district the platform serves goes online (whoever reports it). */
export function requireReportable(command: {
  location: { district: string };
  eligibility: Eligibility;
  occurredAt: string;
  now: string;
}): void {
  if (!districtById(command.location.district)) {
    throw refuse.invalid('UNKNOWN_DISTRICT', `${command.location.district} is not a district the platform serves`, [
      { field: 'location.district', message: `must be one of ${DISTRICT_IDS.join(', ')}` },
    ]);
  }
  const failing: RefusalDetail[] = ELIGIBILITY_CONDITIONS.filter((condition) => !command.eligibility[condition]).map(
    (condition) => ({ field: `eligibility.${condition}`, message: ELIGIBILITY_FAILURE[condition] }),
  );
  if (failing.length > 0) {
    throw refuse.rule(
      'CASE_NOT_ELIGIBLE',
      'This accident cannot be handled online. Stay safe and call 122 for the traffic police.',
      failing,
    );
  }
  if (isAtOrAfter(command.occurredAt, addMinutes(command.now, 5))) {
    throw refuse.invalid('OCCURRED_IN_FUTURE', 'The accident cannot have happened in the future', [
      { field: 'occurredAt', message: 'must not be in the future' },
    ]);
  }
}

/**
 * A driver reports an eligible accident in a district the platform serves and becomes party A,
 * their plate in its recorded form; the signals of fraud are recorded, never refused.
 */
export function reportAccident(command: CaseCommandOf<'ReportAccident'>, state: CaseState): CaseEvent[] {
  if (state.status !== 'NONE') throw refuse.alreadyExists();
  const reporter = withValidPlate(command.party);
  requireReportable(command);
  const reported: CaseEvent = {
    type: 'AccidentReported',
    data: {
      caseId: command.caseId,
      occurredAt: command.occurredAt,
      reportedAt: command.now,
      location: command.location,
      ...reporterAccount(command),
      eligibility: command.eligibility,
      joinCode: command.joinCode,
      reporter: { ...reporter, driverId: command.driverId },
    },
  };
  return [reported, ...flagged(command.flags ?? [], command.flagDetails ?? [], [], command.now)];
}
