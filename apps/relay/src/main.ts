import { resolve } from 'node:path';
import {
  EsdbEventStore,
  KafkaMessageBus,
  RandomIdGenerator,
  SqliteEventStore,
  SystemClock,
  type EventStore,
} from '@quickclaim/platform';
import { join } from 'node:path';
import { startRelay } from './relay.app';

const log = (message: string) => process.stderr.write(`${new Date().toISOString()} relay: ${message}\n`);

async function main(): Promise<void> {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is required (comma-separated bootstrap servers)');
  const dataDir = resolve(process.env.DATA_DIR ?? './data');
  const eventStore: EventStore = process.env.EVENTSTORE_URL
    ? new EsdbEventStore(process.env.EVENTSTORE_URL)
    : new SqliteEventStore(join(dataDir, 'events.sqlite'));
  const bus = new KafkaMessageBus({
    brokers: brokers.split(',').map((broker) => broker.trim()),
    clientId: 'quickclaim-relay',
  });
  const relay = await startRelay({
    eventStore,
    bus,
    clock: new SystemClock(),
    ids: new RandomIdGenerator(),
    dataDir,
    log,
  });
  const shutdown = async () => {
    log('stopping');
    await relay.stop();
    await bus.close();
    await eventStore.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  log(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
