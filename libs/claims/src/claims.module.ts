import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ExecuteClaimCommandHandler } from './application/execute-claim-command';
import { CLAIM_VIEWS, InMemoryClaimViews } from './projections/claim-views';

@Module({
  imports: [CqrsModule],
  providers: [ExecuteClaimCommandHandler, { provide: CLAIM_VIEWS, useClass: InMemoryClaimViews }],
  exports: [CLAIM_VIEWS],
})
export class ClaimsModule {}
