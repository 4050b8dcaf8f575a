import { z } from 'zod';
import { optionalOneOf, optionalText, readPiece, refuse, wholeNumber, type Environment } from './piece';

export const EVENT_STORE_KINDS = ['sqlite', 'esdb', 'memory'] as const;
export type EventStoreKind = (typeof EVENT_STORE_KINDS)[number];

function schema<Kind extends EventStoreKind>(kinds: readonly [Kind, ...Kind[]]) {
  const kindOf = (variables: { EVENT_STORE?: Kind | undefined; EVENTSTORE_URL?: string | undefined }): Kind =>
    variables.EVENT_STORE ?? ((variables.EVENTSTORE_URL ? 'esdb' : 'sqlite') as Kind);
  return z
    .object({
      EVENT_STORE: optionalOneOf('EVENT_STORE', kinds),
      EVENTSTORE_URL: optionalText(),
      EVENT_STORE_MAX_BYTES: wholeNumber('EVENT_STORE_MAX_BYTES', 0),
    })
    .superRefine((variables, context) => {
      if (kindOf(variables) === 'esdb' && !variables.EVENTSTORE_URL) {
        refuse(context, 'EVENT_STORE=esdb needs EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false)');
      }
    })
    .transform((variables) => ({
      eventStore: kindOf(variables),
      ...(variables.EVENTSTORE_URL ? { eventStoreUrl: variables.EVENTSTORE_URL } : {}),
      /** Largest size of the SQLite event store file; 0 for no limit but the disk's. */
      eventStoreMaxBytes: variables.EVENT_STORE_MAX_BYTES,
    }));
}

/** Where the events live: the SQLite file under DATA_DIR (the default), EventStoreDB when EVENTSTORE_URL is set, or memory. */
export type EventStoreConfig<Kind extends EventStoreKind = EventStoreKind> = z.output<ReturnType<typeof schema<Kind>>>;

/** `kinds`: the event stores this process can work with (a separate process cannot share memory). */
export function eventStoreConfig<Kind extends EventStoreKind = EventStoreKind>(
  env: Environment,
  kinds: readonly [Kind, ...Kind[]] = EVENT_STORE_KINDS as unknown as readonly [Kind, ...Kind[]],
): EventStoreConfig<Kind> {
  return readPiece(schema(kinds), {
    EVENT_STORE: env.EVENT_STORE,
    EVENTSTORE_URL: env.EVENTSTORE_URL,
    EVENT_STORE_MAX_BYTES: env.EVENT_STORE_MAX_BYTES,
  });
}
