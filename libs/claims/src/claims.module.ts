import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { READ_STORE, type ReadStore } from '@quickclaim/platform';
import { ExecuteClaimCommandHandler } from './application/execute-claim-command';
import { CLAIM_VIEWS, ClaimViews } from './projections/claim-views';

/** Claim commands, and the claims and payouts read models; the stores come from the platform. */
@Module({
  imports: [CqrsModule],
  providers: [
    ExecuteClaimCommandHandler,
    { provide: CLAIM_VIEWS, inject: [READ_STORE], useFactory: (store: ReadStore) => new ClaimViews(store) },
  ],
  exports: [CLAIM_VIEWS],
})
export class ClaimsModule {}
