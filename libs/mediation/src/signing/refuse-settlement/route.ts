import { ReasonBody } from '@quickclaim/http';
import { mediationPartyCommandRoute } from '../../application/mediation-commands';

export const RefuseSettlementRoute = mediationPartyCommandRoute('RefuseSettlement', {
  path: '/mediations/:mediationId/refusal',
  summary: 'Refuse the proposed settlement, saying why: the mediation fails and the case goes offline',
  body: ReasonBody,
});
