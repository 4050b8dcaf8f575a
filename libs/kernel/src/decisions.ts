/**
 * A decision per command type, as a typed map: a command type without its decision, or a decision
 * given the wrong command, does not compile. Sub-process deciders are such maps (a part of the
 * union each); the aggregate's decider joins them and dispatches by type.
 */
export type Decisions<Command extends { type: string }, State, Event> = {
  [Type in Command['type']]: (command: Extract<Command, { type: Type }>, state: State) => Event[];
};

/** The decision of the command's type, applied. */
export function decideBy<Command extends { type: string }, State, Event>(
  decisions: Decisions<Command, State, Event>,
  command: Command,
  state: State,
): Event[] {
  const decision = decisions[command.type as Command['type']] as (command: Command, state: State) => Event[];
  return decision(command, state);
}
