import { Controller, Param } from '@nestjs/common';
import { CurrentPrincipal, ProblemException, Route, queryEndpoint, type Principal } from '@quickclaim/http';
import { mediationObject } from '../../access/mediation.object';
import { MEDIATION_ID } from '../../http/endpoints';
import { MediationView } from '../../http/responses';
import { MediationViewReader } from '../mediation-view.reader';
import { presentMediation } from '../present';

export const GET_MEDIATION = queryEndpoint({
  path: '/mediations/:mediationId',
  tag: 'mediation',
  summary: 'A mediation: what it is about, its mediator, the proposed settlement and who signed it',
  roles: ['driver', 'mediator', 'auditor'],
  object: mediationObject('view', 'seesMediation'),
  json: MediationView,
});

@Controller()
export class GetMediationRoute {
  constructor(private readonly reader: MediationViewReader) {}

  @Route(GET_MEDIATION)
  async get(@Param('mediationId', MEDIATION_ID) mediationId: string, @CurrentPrincipal() viewer: Principal) {
    const document = await (await this.reader.caughtUp()).get(mediationId);
    const presented = document ? presentMediation(document, viewer) : null;
    if (!presented) throw new ProblemException(404, 'MEDIATION_NOT_FOUND', 'No such mediation');
    return presented;
  }
}
