import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  CLAIM_VIEWS,
  ClaimViews,
  ExecuteClaimCommand,
  type ClaimCommand,
  type ClaimEvent,
  type ClaimState,
  type ClaimViewDocument,
} from '@quickclaim/claims';
import { CLOCK, type Clock } from '@quickclaim/platform';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { seesClaim } from '../auth/access-rules';
import { CaseGateway } from '../cases/case-gateway';
import { ProblemException } from '../http/problem';
import { requestIdOf } from '../http/request-id';
import { announcePosition } from '../read-side/read-your-writes';

type CommandBody<C> = C extends unknown ? Omit<C, 'now'> : never;

@Injectable()
export class ClaimGateway {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly cases: CaseGateway,
    @Inject(CLAIM_VIEWS) private readonly views: ClaimViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(
    claimId: string,
    principal: Principal,
    request: Request,
    command: CommandBody<ClaimCommand>,
  ): Promise<CommandOutcome<ClaimEvent, ClaimState>> {
    const requestId = requestIdOf(request);
    const outcome = this.commandBus.execute<ExecuteClaimCommand, CommandOutcome<ClaimEvent, ClaimState>>(
      new ExecuteClaimCommand(claimId, { ...command, now: this.clock.now().toISOString() } as ClaimCommand, {
        actor: {
          sub: principal.sub,
          role: principal.role,
          ...(principal.insurer ? { insurer: principal.insurer } : {}),
        },
        correlationId: requestId,
        causationId: requestId,
      }),
    );
    return outcome.then((result) => {
      announcePosition(request, result.position);
      return result;
    });
  }

  /** The claim's view once it reflects every earlier command, whoever asks. */
  async findClaim(claimId: string): Promise<ClaimViewDocument | null> {
    await this.cases.catchUp([ClaimViews.projection]);
    return this.views.get(claimId);
  }

  /** The claim holding this payout, once the views reflect every earlier command. */
  async findClaimOfPayout(payoutId: string): Promise<ClaimViewDocument | null> {
    await this.cases.catchUp([ClaimViews.ledger, ClaimViews.projection]);
    const payout = await this.views.payout(payoutId);
    return payout ? this.views.get(payout.claimId) : null;
  }

  async visibleClaim(claimId: string, principal: Principal): Promise<ClaimViewDocument> {
    const document = await this.findClaim(claimId);
    if (!document || !seesClaim(principal, document.state)) {
      throw new ProblemException(404, 'CLAIM_NOT_FOUND', 'No such claim');
    }
    return document;
  }
}

/** The ClaimView of api.md. */
export function presentClaim(document: ClaimViewDocument) {
  const { state } = document;
  return {
    claimId: document.claimId,
    caseId: state.caseId,
    party: state.party,
    plate: state.plate,
    handlingInsurer: state.handlingInsurer,
    status: state.status,
    ...(state.assessment
      ? {
          assessment: {
            lineItems: state.assessment.lineItems,
            totalFen: state.assessment.totalFen,
            assessedBy: state.assessment.assessedBy,
            assessedAt: state.assessment.assessedAt,
          },
        }
      : {}),
    ...(state.settlement
      ? {
          settlement: {
            rule: state.settlement.rule,
            straightThrough: state.settlement.straightThrough,
            lines: state.settlement.lines.map(({ payer, coverage, amountFen }) => ({ payer, coverage, amountFen })),
          },
        }
      : {}),
    payouts: state.payouts.map(presentPayout(document.claimId)),
    flags: state.flags,
  };
}

export const presentPayout = (claimId: string) => (payout: ClaimState['payouts'][number]) => ({
  payoutId: payout.payoutId,
  claimId,
  payer: payout.payer,
  coverage: payout.coverages.length === 1 ? payout.coverages[0] : payout.coverages.join('+'),
  coverages: payout.coverages,
  amountFen: payout.amountFen,
  status: payout.status,
  attempts: payout.attempts,
  ...(payout.reference ? { reference: payout.reference } : {}),
});
