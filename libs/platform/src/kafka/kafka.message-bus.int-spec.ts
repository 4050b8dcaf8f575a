import { randomUUID } from 'node:crypto';
import { whenServer } from '../contracts/server-suites';
import { KafkaMessageBus } from './kafka.message-bus';
import { describeMessageBusContract } from '../contracts/message-bus.contract';

whenServer(
  'KAFKA_BROKERS',
  'Kafka message bus contract',
  'runs the shared contract against a real Kafka broker',
  (brokers) => {
    jest.setTimeout(60_000);
    describeMessageBusContract(
      'Kafka',
      async () =>
        new KafkaMessageBus({ brokers: brokers.split(','), clientId: `contract-${randomUUID()}`, partitions: 1 }),
      30_000,
    );
  },
);
