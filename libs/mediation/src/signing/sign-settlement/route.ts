import { mediationPartyCommandRoute } from '../../application/mediation-commands';

export const SignSettlementRoute = mediationPartyCommandRoute('SignSettlement', {
  path: '/mediations/:mediationId/sign',
  summary: 'Sign the proposed settlement; once both parties signed, its amounts are settled and paid',
});
