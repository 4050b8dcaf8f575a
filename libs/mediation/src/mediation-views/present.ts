import type { Principal } from '@quickclaim/http';
import type { z } from 'zod';
import type { MediationView } from '../http/responses';
import type { MediationViewDocument } from './mediation-views.projection';

/** A mediation as its readers see it: no driver account of either party. */
export function presentMediation(
  document: MediationViewDocument,
  viewer: Principal,
): z.infer<typeof MediationView> | null {
  const state = document.state;
  if (state.status === 'NONE') return null;
  const open = state.status === 'REQUESTED' || state.status === 'ASSIGNED' || state.status === 'PROPOSED';
  const proposal = state.proposal;
  return {
    mediationId: state.mediationId,
    kind: state.kind,
    status: state.status,
    caseId: state.caseId,
    ...(state.claimId !== undefined ? { claimId: state.claimId } : {}),
    district: state.district,
    committee: state.committee,
    parties: state.parties.map(({ party, plate, insurer }) => ({ party, plate, insurer })),
    requestedBy: state.requestedBy,
    reason: state.reason,
    requestedAt: state.requestedAt,
    assessments: state.assessments ?? [],
    deadline: open ? state.deadline : null,
    mediatorId: state.mediatorId ?? null,
    proposal: proposal
      ? {
          vehicles: proposal.vehicles,
          totalFen: proposal.vehicles.reduce(
            (sum, vehicle) => sum + vehicle.lines.reduce((lines, line) => lines + line.amountFen, 0),
            0,
          ),
          ...(proposal.note !== undefined ? { note: proposal.note } : {}),
          proposedAt: proposal.proposedAt,
        }
      : null,
    signedBy: state.signedBy ?? [],
    yourParty:
      viewer.role === 'driver' ? (state.parties.find((party) => party.driverId === viewer.sub)?.party ?? null) : null,
    agreedAt: state.agreedAt ?? null,
    failure: state.failure ?? null,
  };
}
