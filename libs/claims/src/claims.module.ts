import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import { ClaimAccessLoader, PayoutAccessLoader } from './access/claim.object';
import { ClaimCommands } from './application/claim-commands';
import { ExecuteClaimCommandHandler } from './application/execute-claim-command';
import { AcceptAssessmentRoute } from './assessment/accept-assessment/route';
import { AssessDamageRoute } from './assessment/assess-damage/route';
import { RequestClaimMediationRoute } from './mediation/request-claim-mediation/route';
import { RejectAssessmentRoute } from './assessment/reject-assessment/route';
import { GetClaimRoute } from './claim-views/get-claim/route';
import { InsurerClaimsRoute } from './claim-views/insurer-claims/route';
import { InsurerPayoutsRoute } from './claim-views/insurer-payouts/route';
import { RecordPayoutResultRoute } from './payouts/record-payout-result/route';
import { ClaimViewReader } from './claim-views/claim-view.reader';
import { CLAIM_VIEWS, ClaimViews } from './claim-views/claim-views';
import { ApproveSettlementRoute } from './settlement/approve-settlement/route';
import { DeclineClaimRoute } from './settlement/decline-claim/route';
import { OpenInvestigationRoute } from './settlement/open-investigation/route';

/** Every endpoint of the claims context, in the order the API documents them. */
export const CLAIMS_ROUTES = [
  GetClaimRoute,
  AcceptAssessmentRoute,
  RejectAssessmentRoute,
  InsurerClaimsRoute,
  AssessDamageRoute,
  ApproveSettlementRoute,
  InsurerPayoutsRoute,
  RecordPayoutResultRoute,
  // Issue 13: a settlement held for review is investigated or declined.
  OpenInvestigationRoute,
  DeclineClaimRoute,
  // Issue 15.2: an assessment rejected twice goes to mediation.
  RequestClaimMediationRoute,
];

/** The claims context: its routes, its command handler, its read models and how access to a claim is read. */
@Module({
  imports: [CqrsModule],
  controllers: CLAIMS_ROUTES,
  providers: [
    ExecuteClaimCommandHandler,
    ClaimCommands,
    ClaimViewReader,
    ClaimAccessLoader,
    PayoutAccessLoader,
    { provide: CLAIM_VIEWS, inject: [READ_STORE], useFactory: (store: ReadStore) => new ClaimViews(store) },
  ],
  exports: [CLAIM_VIEWS, ClaimAccessLoader, PayoutAccessLoader],
})
export class ClaimsModule {}
