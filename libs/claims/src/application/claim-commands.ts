import { Injectable } from '@nestjs/common';
import { AggregateCommands, aggregateRoutes } from '@quickclaim/http';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import { claimAccess, type ClaimAccess } from '../access/claim.access';
import type { ClaimCommand } from '../domain/claim.commands';
import type { ClaimEvent } from '../domain/claim.events';
import type { ClaimState } from '../domain/claim.state';
import { CLAIM_COMMAND_ANSWER, CLAIM_ID, claimCommandPolicy } from '../http/endpoints';
import { ExecuteClaimCommand } from './execute-claim-command';

export type ClaimCommandOutcome = CommandOutcome<ClaimEvent, ClaimState>;

/** What a claim route sends: a command on the claim, checked against the route's rules on the claim it folds. */
@Injectable()
export class ClaimCommands extends AggregateCommands<ClaimCommand, ClaimEvent, ClaimState, ClaimAccess> {
  protected readonly Message = ExecuteClaimCommand;
  protected readonly accessOf = claimAccess;
}

const CLAIM_ROUTES = aggregateRoutes<ClaimCommand, ClaimState, ClaimCommandOutcome>({
  sender: ClaimCommands,
  id: { param: 'claimId', pipe: CLAIM_ID },
  response: CLAIM_COMMAND_ANSWER,
});

/**
 * The route of a command on the claim its path names: `command` makes it from the caller, the
 * body and the folded claim, once they passed the route's rules; the answer is the claim's id and
 * new status unless said otherwise.
 */
export const claimCommandRoute = CLAIM_ROUTES.route;

/** The claimant's answer on their own claim. */
export const claimantCommandRoute = CLAIM_ROUTES.kind({
  tag: 'claims',
  policy: (body) => claimCommandPolicy(['driver'], body, ['seesClaim']),
  identity: (driver) => ({ driverId: driver.sub }),
});

/** An adjuster's command on a claim their insurer handles. */
export const adjusterCommandRoute = CLAIM_ROUTES.kind({
  tag: 'claims',
  policy: (body) => claimCommandPolicy(['adjuster'], body, ['seesClaim', 'handlesClaim']),
  identity: (adjuster) => ({ adjusterId: adjuster.sub, insurer: adjuster.insurer ?? '' }),
});
