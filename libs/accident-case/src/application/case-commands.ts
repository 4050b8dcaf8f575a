import { Injectable } from '@nestjs/common';
import { AggregateCommands, aggregateRoutes } from '@quickclaim/http';
import type { CommandOutcome } from '@quickclaim/platform/eventsourcing';
import { caseAccess, type CaseAccess } from '../access/case.access';
import type { CaseCommand } from '../domain/case.commands';
import type { CaseEvent } from '../domain/case.events';
import type { CaseState } from '../domain/case.state';
import { CASE_COMMAND_ANSWER, CASE_ID, PARTIES, caseCommandPolicy } from '../http/endpoints';
import { ExecuteCaseCommand } from './execute-case-command';

export type CaseCommandOutcome = CommandOutcome<CaseEvent, CaseState>;

/** What a case route sends: a command on the case, checked against the route's rules on the case it folds. */
@Injectable()
export class CaseCommands extends AggregateCommands<CaseCommand, CaseEvent, CaseState, CaseAccess> {
  protected readonly Message = ExecuteCaseCommand;
  protected readonly accessOf = caseAccess;
}

const CASE_ROUTES = aggregateRoutes<CaseCommand, CaseState, CaseCommandOutcome>({
  sender: CaseCommands,
  id: { param: 'caseId', pipe: CASE_ID },
  response: CASE_COMMAND_ANSWER,
});

/**
 * The route of a command on the case its path names: `command` makes it from the caller and the
 * body, once they passed the route's rules; the answer is the case's id and new status.
 */
export const caseCommandRoute = CASE_ROUTES.route;

/** The command routes of a kind of caller on the case their path names (`deskCommandRoute`). */
export const caseCommandRoutes = CASE_ROUTES.kind;

/** A driver's command on a case they are a party of: `partyCommandRoute('WithdrawCase', { path, summary, body })`. */
export const partyCommandRoute = caseCommandRoutes({
  tag: 'drivers',
  policy: (body) => caseCommandPolicy(PARTIES, body),
  identity: (driver) => ({ driverId: driver.sub }),
});
