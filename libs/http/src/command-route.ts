import { Body, Controller, Inject, Param, Req, type PipeTransform, type Type } from '@nestjs/common';
import type { Request } from 'express';
import type { z } from 'zod';
import { Route, type Endpoint } from './endpoint';
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
