import type { MediationCommandOf } from '../../domain/mediation.commands';
import { refuse } from '../../domain/mediation.errors';
import type { MediationEvent } from '../../domain/mediation.events';
import { requireMediator, requireStatus } from '../../domain/mediation.rules';
import type { OpenedMediationState } from '../../domain/mediation.state';
import { stageDeadline, type MediatedVehicle, type MediationParty } from '../../domain/mediation.types';

interface Problem {
  field: string;
  message: string;
}

/**
 * The mediator proposes what each damaged vehicle is paid, line by line (whose policy, which
 * cover, integer fen); a new proposal replaces the one before and its signatures. The parties
 * have 3 days to sign it.
 */
export function proposeSettlement(
  command: MediationCommandOf<'ProposeSettlement'>,
  state: OpenedMediationState,
): MediationEvent[] {
  requireMediator(state, command.mediatorId);
  const mediation = requireStatus(state, 'ProposeSettlement');
  const problems = settlementProblems(mediation, command.vehicles);
  if (problems.length > 0) {
    throw refuse.invalid(
      'INVALID_MEDIATED_SETTLEMENT',
      'The proposed settlement is not one the parties can sign',
      problems,
    );
  }
  const note = command.note?.trim();
  return [
    {
      type: 'MediationProposed',
      data: {
        mediatorId: command.mediatorId,
        vehicles: command.vehicles,
        ...(note ? { note } : {}),
        proposedAt: command.now,
        deadline: stageDeadline(command.now),
      },
    },
  ];
}

/**
 * A settlement names each vehicle at most once, a vehicle of the case (on an assessment: exactly
 * the claim's), each with at least one line of a positive whole number of fen; a vehicle's own
 * damage cover is its own party's, the compulsory and third-party covers the other party's.
 */
export function settlementProblems(state: OpenedMediationState, vehicles: readonly MediatedVehicle[]): Problem[] {
  const problems: Problem[] = [];
  const parties = new Set<MediationParty>(state.parties.map((party) => party.party));
  // An assessment's mediation is asked by its claimant, about their own vehicle.
  const claimant = state.kind === 'ASSESSMENT' ? state.requestedBy : undefined;
  if (vehicles.length === 0) problems.push({ field: 'vehicles', message: 'must name at least one vehicle' });
  const named = new Set<MediationParty>();
  vehicles.forEach((vehicle, index) => {
    const at = `vehicles.${index}`;
    if (!parties.has(vehicle.party)) problems.push({ field: `${at}.party`, message: 'is no party of the case' });
    if (claimant !== undefined && vehicle.party !== claimant) {
      problems.push({ field: `${at}.party`, message: "must be the claim's vehicle" });
    }
    if (named.has(vehicle.party)) problems.push({ field: `${at}.party`, message: 'is named twice' });
    named.add(vehicle.party);
    if (vehicle.lines.length === 0) problems.push({ field: `${at}.lines`, message: 'must have at least one line' });
    vehicle.lines.forEach((line, lineIndex) => {
      const lineAt = `${at}.lines.${lineIndex}`;
      if (!Number.isSafeInteger(line.amountFen) || line.amountFen <= 0) {
        problems.push({ field: `${lineAt}.amountFen`, message: 'must be a positive whole number of fen' });
      }
      const own = line.coverage === 'OWN_DAMAGE';
      if (own !== (line.payerParty === vehicle.party)) {
        problems.push({
          field: `${lineAt}.payerParty`,
          message: own ? "own damage is the vehicle's own party's cover" : "must be the other party's cover",
        });
      } else if (!parties.has(line.payerParty)) {
        problems.push({ field: `${lineAt}.payerParty`, message: 'is no party of the case' });
      }
    });
  });
  return problems;
}
