import { Inject, Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, EVENT_STORE, ID_GENERATOR, type Clock, type EventStore, type IdGenerator } from '@quickclaim/platform';
import {
  handleCommand,
  type CommandContext,
  type CommandOutcome,
  type DomainEvent,
  type HandleCommandOptions,
  type StreamDecider,
} from '@quickclaim/platform/eventsourcing';
import type { Request } from 'express';
import { CommandGateway, type CommandBody } from './commands';
import type { Principal } from './principal';

/**
 * Any command on one aggregate, with who asked and why. Given as a function, the command is made
 * from the folded state only once `authorize` let the caller through (a route's body is
 * validated then, see `Deferred`). Each context subclasses it, so its handler is found by class.
 */
export abstract class AggregateCommand<Command, Event extends DomainEvent, State> {
  constructor(
    readonly id: string,
    readonly command: Command | ((state: State) => Command),
    readonly context: CommandContext,
    readonly options: HandleCommandOptions<Event, State> = {},
  ) {}
}

/** The thin shell around a decider: load the stream, authorize, decide, append with the expected revision. */
@Injectable()
export abstract class AggregateCommandHandler<Command, Event extends DomainEvent, State> implements ICommandHandler<
  AggregateCommand<Command, Event, State>,
  CommandOutcome<Event, State>
> {
  protected abstract readonly decider: StreamDecider<Command, Event, State>;
  protected abstract streamId(id: string): string;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute({ id, command, context, options }: AggregateCommand<Command, Event, State>) {
    const decider = this.decider;
    return handleCommand(
      { eventStore: this.eventStore, clock: this.clock, ids: this.ids },
      this.streamId(id),
      { ...decider, decide: (make: (state: State) => Command, state: State) => decider.decide(make(state), state) },
      typeof command === 'function' ? (command as (state: State) => Command) : () => command,
      context,
      options,
    );
  }
}

/**
 * What a route of a context sends: a command on the aggregate, stamped with the time and the
 * caller, checked against the route's object rules on the access facts of the state the handler
 * folds. A command given as a function is made only after that check (its body is validated then).
 */
@Injectable()
export abstract class AggregateCommands<
  Command extends { now: string },
  Event extends DomainEvent,
  State extends { status: string },
  Access,
> {
  constructor(private readonly gateway: CommandGateway) {}

  /** The context's command class, which its handler is registered for. */
  protected abstract readonly Message: new (
    ...args: ConstructorParameters<typeof AggregateCommand<Command, Event, State>>
  ) => AggregateCommand<Command, Event, State>;
  /** The access facts of an aggregate that exists. */
  protected abstract readonly accessOf: (state: Exclude<State, { status: 'NONE' }>) => Access;

  now(): Date {
    return this.gateway.now();
  }

  execute(
    request: Request,
    principal: Principal,
    id: string,
    command: CommandBody<Command> | ((state: State) => CommandBody<Command>),
  ): Promise<CommandOutcome<Event, State>> {
    const authorize = this.gateway.authorizer<Access>(request, principal);
    const now = this.gateway.now().toISOString();
    const make = (state: State): Command =>
      ({ ...(typeof command === 'function' ? command(state) : command), now }) as unknown as Command;
    return this.gateway.send(
      request,
      new this.Message(id, make, this.gateway.context(principal, request), {
        authorize: (state) =>
          authorize(state.status === 'NONE' ? null : this.accessOf(state as Exclude<State, { status: 'NONE' }>)),
      }),
    );
  }
}
