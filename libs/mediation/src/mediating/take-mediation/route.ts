import { mediatorCommandRoute } from '../../application/mediation-commands';

export const TakeMediationRoute = mediatorCommandRoute('TakeMediation', {
  path: '/mediations/:mediationId/take',
  summary: 'Take a mediation of your committee: you have 3 days to propose a settlement',
});
