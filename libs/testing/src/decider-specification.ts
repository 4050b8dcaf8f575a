/**
 * given(events).when(command).then(events) for any decider whose decide throws its refusals.
 * Keeps aggregate tests in the language of the domain: what happened, what was asked, what follows.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

export interface DeciderThen<Event> {
  then(expected: Event[]): void;
  thenNothingHappened(): void;
  thenThrows<E extends Error>(errorClass: new (...args: never[]) => E, check?: (error: E) => void): void;
}

export function DeciderSpecification<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(history: Event[]) {
      return {
        when(command: Command): DeciderThen<Event> {
          const run = (): Event[] => decider.decide(command, history.reduce(decider.evolve, decider.initialState));
          return {
            then(expected) {
              expect(run()).toEqual(expected);
            },
            thenNothingHappened() {
              expect(run()).toEqual([]);
            },
            thenThrows(errorClass, check) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorClass);
              check?.(thrown as InstanceType<typeof errorClass>);
            },
          };
        },
      };
    },
  };
}
