import { RandomIdGenerator, SystemClock, type EventStore } from '@quickclaim/platform';
import { EsdbEventStore } from '@quickclaim/platform/esdb';
import { KafkaMessageBus } from '@quickclaim/platform/kafka';
import { MongoReadStore } from '@quickclaim/platform/mongo';
import { startHealthServer } from '@quickclaim/platform/ops';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { join } from 'node:path';
import { startRelay } from './relay.app';
import { RelayConfigError, loadRelayConfig } from './relay.config';

const log = (message: string) => process.stderr.write(`${new Date().toISOString()} relay: ${message}\n`);

async function main(): Promise<void> {
  const config = loadRelayConfig(process.env);
  const eventStore: EventStore =
    config.eventStore === 'esdb'
      ? new EsdbEventStore(config.eventStoreUrl ?? '')
      : new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
  const readStore = config.readStore === 'mongodb' ? await MongoReadStore.connect(config.mongodbUrl ?? '') : null;
  const bus = new KafkaMessageBus({ brokers: config.kafkaBrokers, clientId: 'quickclaim-relay' });
  const relay = await startRelay({
    eventStore,
    bus,
    readStore,
    clock: new SystemClock(),
    ids: new RandomIdGenerator(),
    settings: config,
    log,
  });
  const health = config.healthPort !== undefined ? await startHealthServer(config.healthPort, relay.health) : null;
  if (health) log(`health on :${health.port}/health`);
  const shutdown = async () => {
    log('stopping');
    await health?.close();
    await relay.stop();
    await bus.close();
    await readStore?.close();
    await eventStore.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  log(
    error instanceof RelayConfigError
      ? `configuration error: ${error.message}`
      : `failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
