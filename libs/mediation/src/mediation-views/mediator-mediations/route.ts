import { Controller } from '@nestjs/common';
import { CurrentPrincipal, Route, queryEndpoint, type Principal } from '@quickclaim/http';
import { mediationAccess, seesMediation } from '../../access/mediation.access';
import { MEDIATORS } from '../../http/endpoints';
import { MediationList } from '../../http/responses';
import { MediationViewReader } from '../mediation-view.reader';
import { presentMediation } from '../present';

export const MEDIATOR_MEDIATIONS = queryEndpoint({
  path: '/mediator/mediations',
  tag: 'mediation',
  summary: "The mediator's queue: their committee's mediations nobody took yet, and those they took; oldest first",
  roles: MEDIATORS,
  json: MediationList,
});

@Controller()
export class MediatorMediationsRoute {
  constructor(private readonly reader: MediationViewReader) {}

  @Route(MEDIATOR_MEDIATIONS)
  async list(@CurrentPrincipal() mediator: Principal) {
    const documents = await (await this.reader.caughtUp()).ofCommittee(mediator.committee ?? '');
    const items = documents.flatMap((document) => {
      if (document.state.status === 'NONE' || !seesMediation(mediator, mediationAccess(document.state))) return [];
      const presented = presentMediation(document, mediator);
      return presented ? [presented] : [];
    });
    return { items };
  }
}
