import { z } from 'zod';
import { list, optionalText, readPiece, refuse, type Environment } from './piece';

function schema(required: boolean) {
  return z
    .object({ KAFKA_BROKERS: optionalText() })
    .superRefine((variables, context) => {
      if (required && !variables.KAFKA_BROKERS) {
        refuse(context, 'KAFKA_BROKERS is required (comma-separated bootstrap servers)');
      }
    })
    .transform((variables) =>
      variables.KAFKA_BROKERS ? { kafkaBrokers: list(variables.KAFKA_BROKERS) } : ({} as { kafkaBrokers?: string[] }),
    );
}

/** Kafka's bootstrap servers; without them the message bus is in process. */
export type MessageBusConfig = z.output<ReturnType<typeof schema>>;

export function messageBusConfig(env: Environment): MessageBusConfig;
/** For a process that only makes sense with Kafka (the relay). */
export function messageBusConfig(env: Environment, required: 'required'): { kafkaBrokers: string[] };
export function messageBusConfig(env: Environment, required?: 'required'): MessageBusConfig {
  return readPiece(schema(required === 'required'), { KAFKA_BROKERS: env.KAFKA_BROKERS });
}
