import { Injectable } from '@nestjs/common';
import { AggregateCommands, aggregateRoutes } from '@quickclaim/http';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import { mediationAccess, type MediationAccess } from '../access/mediation.access';
import type { MediationCommand } from '../domain/mediation.commands';
import type { MediationEvent } from '../domain/mediation.events';
import type { MediationState } from '../domain/mediation.state';
import { MEDIATION_COMMAND_ANSWER, MEDIATION_ID, MEDIATORS, mediationCommandPolicy } from '../http/endpoints';
import { ExecuteMediationCommand } from './execute-mediation-command';

export type MediationCommandOutcome = CommandOutcome<MediationEvent, MediationState>;

/** What a mediation route sends: a command on the mediation, checked against the route's rules on what it folds. */
@Injectable()
export class MediationCommands extends AggregateCommands<
  MediationCommand,
  MediationEvent,
  MediationState,
  MediationAccess
> {
  protected readonly Message = ExecuteMediationCommand;
  protected readonly accessOf = mediationAccess;
}

const MEDIATION_ROUTES = aggregateRoutes<MediationCommand, MediationState, MediationCommandOutcome>({
  sender: MediationCommands,
  id: { param: 'mediationId', pipe: MEDIATION_ID },
  response: MEDIATION_COMMAND_ANSWER,
});

/** A mediator's command on a mediation of their committee. */
export const mediatorCommandRoute = MEDIATION_ROUTES.kind({
  tag: 'mediation',
  policy: (body) => mediationCommandPolicy(MEDIATORS, body, ['seesMediation']),
  identity: (mediator) => ({ mediatorId: mediator.sub, committee: mediator.committee ?? '' }),
});

/** A party's answer to the settlement proposed in their mediation. */
export const mediationPartyCommandRoute = MEDIATION_ROUTES.kind({
  tag: 'mediation',
  policy: (body) => mediationCommandPolicy(['driver'], body, ['seesMediation']),
  identity: (driver) => ({ driverId: driver.sub }),
});
