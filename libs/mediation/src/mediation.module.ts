import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import { MediationAccessLoader } from './access/mediation.object';
import { MediationCommands } from './application/mediation-commands';
import { ExecuteMediationCommandHandler } from './application/execute-mediation-command';
import { EndMediationRoute } from './mediating/end-mediation/route';
import { ProposeSettlementRoute } from './mediating/propose-settlement/route';
import { TakeMediationRoute } from './mediating/take-mediation/route';
import { GetMediationRoute } from './mediation-views/get-mediation/route';
import { MediatorMediationsRoute } from './mediation-views/mediator-mediations/route';
import { MediationViewReader } from './mediation-views/mediation-view.reader';
import { MEDIATION_VIEWS, MediationViews } from './mediation-views/mediation-views';
import { RefuseSettlementRoute } from './signing/refuse-settlement/route';
import { SignSettlementRoute } from './signing/sign-settlement/route';

/** Every endpoint of the mediation context, in the order the API documents them. */
export const MEDIATION_ROUTES = [
  MediatorMediationsRoute,
  GetMediationRoute,
  TakeMediationRoute,
  ProposeSettlementRoute,
  EndMediationRoute,
  SignSettlementRoute,
  RefuseSettlementRoute,
];

/** The mediation context: its routes, its command handler, its read model and how access to a mediation is read. */
@Module({
  imports: [CqrsModule],
  controllers: MEDIATION_ROUTES,
  providers: [
    ExecuteMediationCommandHandler,
    MediationCommands,
    MediationViewReader,
    MediationAccessLoader,
    { provide: MEDIATION_VIEWS, inject: [READ_STORE], useFactory: (store: ReadStore) => new MediationViews(store) },
  ],
  exports: [MEDIATION_VIEWS, MediationAccessLoader],
})
export class MediationModule {}
