import { Injectable, type Type } from '@nestjs/common';
import { CommandGateway, commandRoute, type CommandBody, type Endpoint, type Principal } from '@quickclaim/http';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import type { Request } from 'express';
import { claimAccess, type ClaimAccess } from '../access/claim.access';
import type { ClaimCommand } from '../domain/claim.commands';
import type { ClaimEvent } from '../domain/claim.events';
import type { ClaimState } from '../domain/claim.state';
import { CLAIM_ID } from '../http/endpoints';
import { ExecuteClaimCommand } from './execute-claim-command';

export type ClaimCommandOutcome = CommandOutcome<ClaimEvent, ClaimState>;

/**
 * What a claim route sends: stamped, and checked against the route's rules on the folded claim; a
 * command given as a function is made from that claim, after the check.
 */
@Injectable()
export class ClaimCommands {
  constructor(private readonly gateway: CommandGateway) {}

  execute(
    request: Request,
    principal: Principal,
    claimId: string,
    command: CommandBody<ClaimCommand> | ((state: ClaimState) => CommandBody<ClaimCommand>),
  ): Promise<ClaimCommandOutcome> {
    const authorize = this.gateway.authorizer<ClaimAccess>(request, principal);
    const now = this.gateway.now().toISOString();
    const make = (state: ClaimState): ClaimCommand =>
      ({ ...(typeof command === 'function' ? command(state) : command), now }) as ClaimCommand;
    return this.gateway.send(
      request,
      new ExecuteClaimCommand(claimId, make, this.gateway.context(principal, request), {
        authorize: (state) => authorize(state.status === 'NONE' ? null : claimAccess(state)),
      }),
    );
  }
}

/**
 * The route of a command on the claim its path names: `command` makes it from the caller, the
 * body and the folded claim, once they passed the route's rules; the answer is the claim's id and
 * new status unless said otherwise.
 */
export function claimCommandRoute<Input = undefined>(
  name: string,
  declared: Endpoint,
  command: (actor: Principal, input: Input, claim: ClaimState) => CommandBody<ClaimCommand>,
  answer: (claimId: string, outcome: ClaimCommandOutcome) => unknown = (claimId, outcome) => ({
    claimId,
    status: outcome.state.status,
  }),
): Type<unknown> {
  return commandRoute({
    name,
    endpoint: declared,
    sender: ClaimCommands,
    id: { param: 'claimId', pipe: CLAIM_ID },
    command,
    answer,
  });
}
