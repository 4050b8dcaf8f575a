import { Refused } from '@quickclaim/kernel';
import type { CaseCommandOf } from '../../domain/case.commands';
import { refuse, type CaseErrorCode } from '../../domain/case.errors';
import type { CaseEvent } from '../../domain/case.events';
import { flagged, samePlate, withValidPlate } from '../../domain/case.rules';
import type { CaseState } from '../../domain/case.state';
import { reporterAccount, type PartyDetails, type PartyId } from '../../domain/case.types';
import { requireReportable } from '../../reporting/report-accident/decide';

/**
 * An assistant files an eligible accident of their area for both parties at once, from one
 * device: it is reported with party A and joined by party B in one step, neither linked to a
 * driver account yet; the assistant is the events' actor and `filedBy` names them.
 */
export function fileCase(command: CaseCommandOf<'FileCase'>, state: CaseState): CaseEvent[] {
  if (state.status !== 'NONE') throw refuse.alreadyExists();
  if (command.location.district !== command.area) {
    throw refuse.rule(
      'OUTSIDE_ASSISTANT_AREA',
      `An assistant of ${command.area} files the accidents of that area only`,
      [{ field: 'location.district', message: `is not ${command.area}` }],
    );
  }
  requireReportable(command);
  const A = withValidPlateOf('A', command.parties.A);
  const B = withValidPlateOf('B', command.parties.B);
  if (samePlate(A.plate, B.plate)) {
    throw refuse.rule('SAME_VEHICLE', 'Party B must be another vehicle than party A', [
      { field: 'parties.B.plate', message: "is party A's plate" },
    ]);
  }
  return [
    {
      type: 'AccidentReported',
      data: {
        caseId: command.caseId,
        occurredAt: command.occurredAt,
        reportedAt: command.now,
        location: command.location,
        ...reporterAccount(command),
        eligibility: command.eligibility,
        joinCode: command.joinCode,
        reporter: { ...A },
        filedBy: { assistantId: command.assistantId, organisation: command.organisation },
      },
    },
    { type: 'PartyJoined', data: { party: 'B', driver: { ...B }, joinedAt: command.now, onBehalfOf: 'B' } },
    ...flagged(command.flags ?? [], command.flagDetails ?? [], [], command.now),
  ];
}

/** A party's details with their plate in its recorded form; a plate that is none is refused, named by its party. */
function withValidPlateOf(party: PartyId, details: PartyDetails): PartyDetails {
  try {
    return withValidPlate(details);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    throw refuse.invalid(
      error.code as CaseErrorCode,
      error.message,
      error.details.map((detail) => ({ ...detail, field: `parties.${party}.plate` })),
    );
  }
}
