import { Body, Controller, Inject, Param, Req, type PipeTransform, type Type } from '@nestjs/common';
import type { Request } from 'express';
import type { z } from 'zod';
import { endpoint, Route, type Endpoint, type SuccessResponse } from './endpoint';
import type { CommandBody } from './commands';
import type { EndpointPolicy } from './policy';
import { CurrentPrincipal, type Principal } from './principal';
import { Deferred } from './validation';

/** A context's command gateway: sends a command on the aggregate a path names, made from its folded state. */
export interface CommandSender<Command, State, Outcome> {
  execute(request: Request, principal: Principal, id: string, command: (state: State) => Command): Promise<Outcome>;
}

export interface CommandRouteSpec<Input, Command, State, Outcome> {
  /** The route's class name (and so the operation's id in the OpenAPI document). */
  name: string;
  endpoint: Endpoint;
  sender: Type<CommandSender<Command, State, Outcome>>;
  /** The path parameter naming the aggregate, and the pipe that refuses an id that cannot exist. */
  id: { param: string; pipe: PipeTransform<string, string> };
  /** The command, from the caller, the body (checked against `endpoint.body` only after the object's rules) and the state. */
  command: (actor: Principal, input: Input, state: State) => Command;
  answer: (id: string, outcome: Outcome) => unknown;
}

/**
 * The route of a command that needs nothing but its body and the aggregate it acts on: most of
 * them. Its use case declares the endpoint and says how the command is made and answered.
 */
export function commandRoute<Input, Command, State, Outcome>(
  spec: CommandRouteSpec<Input, Command, State, Outcome>,
): Type<unknown> {
  const schema = spec.endpoint.body as z.ZodType<Input> | undefined;

  @Controller()
  class CommandRoute {
    constructor(@Inject(spec.sender) private readonly sender: CommandSender<Command, State, Outcome>) {}

    @Route(spec.endpoint)
    async handle(
      @Param(spec.id.param, spec.id.pipe) id: string,
      @Body() body: unknown,
      @CurrentPrincipal() actor: Principal,
      @Req() request: Request,
    ) {
      const input = schema ? new Deferred(schema, body) : null;
      const outcome = await this.sender.execute(request, actor, id, (state) =>
        spec.command(actor, (input ? input.parse() : undefined) as Input, state),
      );
      return spec.answer(id, outcome);
    }
  }
  Object.defineProperty(CommandRoute, 'name', { value: spec.name });
  return CommandRoute;
}

/** How the routes of commands on one kind of aggregate send them and answer (the case, the claim). */
export interface AggregateRoutes<Command, State, Outcome> {
  sender: Type<CommandSender<Command, State, Outcome>>;
  /** The path parameter naming the aggregate, and the pipe that refuses an id that cannot exist. */
  id: { param: string; pipe: PipeTransform<string, string> };
  /** How the answer of a command route is documented unless it says otherwise: `{ caseId, status }`. */
  response: SuccessResponse;
}

/**
 * A kind of command route: under which tag, by whom (its policy row, with or without a JSON body)
 * and what of the caller every command of the kind carries: `{ driverId }`, `{ officerId, district }`.
 */
export interface CommandKind<Identity extends string> {
  tag: string;
  policy: (body: 'none' | 'json') => EndpointPolicy;
  identity: (actor: Principal) => Record<Identity, string>;
}

/** One command route of a kind: what differs from the others. */
export interface CommandDeclaration<Body extends z.ZodType | undefined> {
  path: string;
  summary: string;
  description?: string;
  /** The JSON body; without one the route accepts none. */
  body?: Body;
  /** When not the aggregate's answer. */
  response?: SuccessResponse;
}

type InputOf<Body> = Body extends z.ZodType ? z.infer<Body> : Record<never, never>;
/** What a command of type `Type` holds besides its type, the caller's identity and the time. */
export type CommandFields<Command, Type, Identity extends string> = Omit<
  CommandBody<Extract<Command, { type: Type }>>,
  'type' | Identity
>;
type FieldsMaker<Command, State, Type, Identity extends string, Body> = (
  input: InputOf<Body>,
  state: State,
) => CommandFields<Command, Type, Identity>;
/** The command's fields are the body's unless the body does not hold them as they are; then say how. */
type Making<Command, State, Outcome, Type, Identity extends string, Body> =
  InputOf<Body> extends CommandFields<Command, Type, Identity>
    ? [fields?: FieldsMaker<Command, State, Type, Identity, Body>, answer?: (id: string, outcome: Outcome) => unknown]
    : [fields: FieldsMaker<Command, State, Type, Identity, Body>, answer?: (id: string, outcome: Outcome) => unknown];

/**
 * The command routes of one kind of aggregate. `route(name, endpoint, command, answer?)` is the
 * general form; `kind({ tag, policy, identity })` makes the routes of a kind of caller, where
 * `route('WithdrawCase', { path, summary, body })` is `WithdrawCaseRoute`: a POST whose command is
 * `{ type, ...identity, ...fields }`, the fields being the validated body unless told how to make them.
 */
export function aggregateRoutes<Command extends { type: string }, State, Outcome extends { state: { status: string } }>(
  aggregate: AggregateRoutes<CommandBody<Command>, State, Outcome>,
) {
  /** The aggregate's id under its parameter's name, and its status after the command. */
  const idAndStatus = (id: string, outcome: Outcome) => ({ [aggregate.id.param]: id, status: outcome.state.status });

  const route = <Input = undefined>(
    name: string,
    declared: Endpoint,
    command: (actor: Principal, input: Input, state: State) => CommandBody<Command>,
    answer: (id: string, outcome: Outcome) => unknown = idAndStatus,
  ): Type<unknown> =>
    commandRoute({ name, endpoint: declared, sender: aggregate.sender, id: aggregate.id, command, answer });

  const kind =
    <Identity extends string>(of: CommandKind<Identity>) =>
    <CommandType extends Command['type'], Body extends z.ZodType | undefined = undefined>(
      type: CommandType,
      declared: CommandDeclaration<Body>,
      ...[fields, answer]: Making<Command, State, Outcome, CommandType, Identity, Body>
    ): Type<unknown> =>
      route<InputOf<Body>>(
        `${type}Route`,
        endpoint({
          method: 'POST',
          path: declared.path,
          tag: of.tag,
          summary: declared.summary,
          ...(declared.description ? { description: declared.description } : {}),
          policy: of.policy(declared.body ? 'json' : 'none'),
          ...(declared.body ? { body: declared.body } : {}),
          response: declared.response ?? aggregate.response,
        }),
        (actor, input, state) =>
          ({
            type,
            ...of.identity(actor),
            ...(fields ? fields(input, state) : (input as object)),
          }) as unknown as CommandBody<Command>,
        answer,
      );

  return { route, kind };
}
