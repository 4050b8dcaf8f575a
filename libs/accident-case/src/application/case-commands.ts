import { Injectable, type Type } from '@nestjs/common';
import { CommandGateway, commandRoute, type CommandBody, type Endpoint, type Principal } from '@quickclaim/http';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import type { Request } from 'express';
import { caseAccess, type CaseAccess } from '../access/case.access';
import type { CaseCommand } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { CaseState } from '../domain/case.state';
import { CASE_ID } from '../http/endpoints';
import { ExecuteCaseCommand } from './execute-case-command';

export type CaseCommandOutcome = CommandOutcome<CaseEvent, CaseState>;

/**
 * What a case route sends: a command on the case, stamped with the time and the caller, checked
 * against the route's object rules on the state the handler folds. A command given as a function
 * is made only after that check (its body is validated then).
 */
@Injectable()
export class CaseCommands {
  constructor(private readonly gateway: CommandGateway) {}

  now(): Date {
    return this.gateway.now();
  }

  execute(
    request: Request,
    principal: Principal,
    caseId: string,
    command: CommandBody<CaseCommand> | ((state: CaseState) => CommandBody<CaseCommand>),
  ): Promise<CaseCommandOutcome> {
    const authorize = this.gateway.authorizer<CaseAccess>(request, principal);
    const now = this.gateway.now().toISOString();
    const make = (state: CaseState): CaseCommand =>
      ({ ...(typeof command === 'function' ? command(state) : command), now }) as CaseCommand;
    return this.gateway.send(
      request,
      new ExecuteCaseCommand(caseId, make, this.gateway.context(principal, request), {
        authorize: (state) => authorize(state.status === 'NONE' ? null : caseAccess(state)),
      }),
    );
  }
}

/**
 * The route of a command on the case its path names: `command` makes it from the caller and the
 * body, once they passed the route's rules; the answer is the case's id and new status.
 */
export function caseCommandRoute<Input = undefined>(
  name: string,
  declared: Endpoint,
  command: (actor: Principal, input: Input) => CommandBody<CaseCommand>,
  answer: (caseId: string, outcome: CaseCommandOutcome) => unknown = (caseId, outcome) => ({
    caseId,
    status: outcome.state.status,
  }),
): Type<unknown> {
  return commandRoute({
    name,
    endpoint: declared,
    sender: CaseCommands,
    id: { param: 'caseId', pipe: CASE_ID },
    command: (actor, input: Input) => command(actor, input),
    answer,
  });
}
