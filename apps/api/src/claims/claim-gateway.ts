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
import { CLOCK, type Clock, type CommandOutcome } from '@quickclaim/platform';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { CaseGateway } from '../cases/case-gateway';
import { ProblemException } from '../http/problem';
import { requestIdOf } from '../http/request-id';
import { announcePosition } from '../read-side/read-your-writes';

type CommandBody<C> = C extends unknown ? Omit<C, 'now'> : never;

/** Who may see a claim: its claimant, adjusters of its handling or paying insurers, auditors. */
export function canSeeClaim(principal: Principal, state: ClaimState): boolean {
  switch (principal.role) {
    case 'driver':
      return principal.sub === state.claimantId;
    case 'adjuster':
      return (
        principal.insurer === state.handlingInsurer ||
        state.payouts.some((payout) => payout.payer === principal.insurer)
      );
    case 'auditor':
    case 'admin':
      return true;
    case 'officer':
      return false;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

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

  async visibleClaim(claimId: string, principal: Principal): Promise<ClaimViewDocument> {
    await this.cases.catchUp([ClaimViews.projection]);
    const document = await this.views.get(claimId);
    if (!document || !canSeeClaim(principal, document.state)) {
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
