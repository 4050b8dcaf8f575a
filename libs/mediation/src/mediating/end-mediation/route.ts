import { ReasonBody } from '@quickclaim/http';
import { mediatorCommandRoute } from '../../application/mediation-commands';

export const EndMediationRoute = mediatorCommandRoute('EndMediation', {
  path: '/mediations/:mediationId/end',
  summary: 'End the mediation without agreement, saying why: the case or claim goes offline with its record',
  body: ReasonBody,
});
