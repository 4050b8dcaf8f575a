import { z } from 'zod';
import {
  MEDIATED_COVERAGES,
  MEDIATION_FAILURE_CAUSES,
  MEDIATION_KINDS,
  MEDIATION_PARTIES,
  MEDIATION_STATUSES,
} from '../domain/mediation.types';

/** What the mediation routes answer, as documented in OpenAPI; strict, enums from the domain. */

const id = z.string().min(1);
const instant = z.string();
const party = z.enum(MEDIATION_PARTIES);

export const MediatedLineSchema = z.strictObject({
  payerParty: party,
  coverage: z.enum(MEDIATED_COVERAGES),
  amountFen: z.number().int(),
});
export const MediatedVehicleSchema = z.strictObject({ party, lines: z.array(MediatedLineSchema) });

export const MediationView = z.strictObject({
  mediationId: id,
  kind: z.enum(MEDIATION_KINDS),
  status: z.enum(MEDIATION_STATUSES),
  caseId: id,
  claimId: id.optional(),
  district: z.string(),
  committee: z.string(),
  parties: z.array(z.strictObject({ party, plate: z.string(), insurer: z.string() })),
  requestedBy: party,
  reason: z.string(),
  requestedAt: instant,
  /** On an assessment: the claim's assessments and their rejections; empty on a review. */
  assessments: z.array(
    z.strictObject({
      lineItems: z.array(z.strictObject({ description: z.string(), amountFen: z.number().int() })),
      totalFen: z.number().int(),
      assessedBy: z.string(),
      assessedAt: instant,
      rejection: z.strictObject({ reason: z.string(), rejectedAt: instant }).optional(),
    }),
  ),
  /** When the current stage runs out; null once the mediation is over. */
  deadline: instant.nullable(),
  mediatorId: z.string().nullable(),
  proposal: z
    .strictObject({
      vehicles: z.array(MediatedVehicleSchema),
      totalFen: z.number().int(),
      note: z.string().optional(),
      proposedAt: instant,
    })
    .nullable(),
  signedBy: z.array(party),
  /** The caller's party, when they are one. */
  yourParty: party.nullable(),
  agreedAt: instant.nullable(),
  failure: z
    .strictObject({
      cause: z.enum(MEDIATION_FAILURE_CAUSES),
      reason: z.string(),
      by: z.string().optional(),
      failedAt: instant,
    })
    .nullable(),
});

export const MediationList = z.strictObject({ items: z.array(MediationView) });

export const MediationCommandResponse = z.strictObject({ mediationId: id, status: z.enum(MEDIATION_STATUSES) });
