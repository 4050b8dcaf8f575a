import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@quickclaim/platform';
import { type CommandContext } from '@quickclaim/platform/eventsourcing';
import type { Request } from 'express';
import { endpointOf, type Endpoint } from './endpoint';
import { authorizeObject, refuseAnyBody, type RouteParams } from './policy';
import type { AuthenticatedRequest, Principal } from './principal';
import { announcePosition } from './read-your-writes';
import { requestIdOf } from './request-id';

/** A command as a route builds it: the gateway stamps the time. */
export type CommandBody<Command> = Command extends unknown ? Omit<Command, 'now'> : never;

/** The route a request was routed to, as the policy guard found it. */
export interface RoutedRequest extends AuthenticatedRequest {
  endpoint?: Endpoint;
}

export function rememberEndpoint(request: RoutedRequest, handler: object): Endpoint | undefined {
  request.endpoint = endpointOf(handler);
  return request.endpoint;
}

/**
 * What every command route does around its context's command handler: stamp the time and the
 * actor, hand the handler the route's object rules to apply to the state it folds (one read per
 * command: the guard leaves `stream` objects to it), and tell the client the position reached.
 */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** Who asks and why, for the metadata of the events the command records. */
  context(principal: Principal, request: Request): CommandContext {
    const requestId = requestIdOf(request);
    return {
      actor: {
        sub: principal.sub,
        role: principal.role,
        ...(principal.district ? { district: principal.district } : {}),
        ...(principal.insurer ? { insurer: principal.insurer } : {}),
      },
      correlationId: requestId,
      causationId: requestId,
    };
  }

  /**
   * The check of the route's object, given the subject its context makes of the folded state
   * (null when the aggregate does not exist): its rules (a `view` object passed them in the
   * guard already, and passes them again on what the command is decided on), then, for a `stream`
   * object, the empty body a `none` row demands. Nothing to check on a route without an object.
   */
  authorizer<Subject>(request: Request, principal: Principal): (subject: Subject | null) => void {
    const row = (request as RoutedRequest).endpoint?.policy;
    const object = row?.object;
    return (subject) => {
      if (!object) return;
      authorizeObject(object, principal, subject, request.params as RouteParams);
      if (object.source === 'stream' && row?.body === 'none') refuseAnyBody(request.body);
    };
  }

  /** Sends the command, and answers with the position its events reached. */
  async send<Outcome extends { position: number }>(request: Request, command: ICommand): Promise<Outcome> {
    const outcome = await this.bus.execute<ICommand, Outcome>(command);
    announcePosition(request, outcome.position);
    return outcome;
  }
}
