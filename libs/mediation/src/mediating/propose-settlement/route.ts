import { text } from '@quickclaim/http';
import { z } from 'zod';
import { mediatorCommandRoute } from '../../application/mediation-commands';
import { MediatedVehicleSchema } from '../../http/responses';

export const ProposeSettlementBody = z.strictObject({
  vehicles: z.array(MediatedVehicleSchema).min(1).max(2),
  note: text(1000).optional(),
});

export const ProposeSettlementRoute = mediatorCommandRoute(
  'ProposeSettlement',
  {
    path: '/mediations/:mediationId/proposal',
    summary: 'Propose the settlement: each vehicle’s lines (whose policy, which cover, integer fen)',
    body: ProposeSettlementBody,
  },
  (input) => ({ vehicles: input.vehicles, ...(input.note !== undefined ? { note: input.note } : {}) }),
);
