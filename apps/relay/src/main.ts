import { RandomIdGenerator, SystemClock } from '@quickclaim/platform';
import { startHealthServer } from '@quickclaim/platform/ops';
import { openStores } from '@quickclaim/platform/stores';
import { startRelay } from './relay.app';
import { ConfigError } from '@quickclaim/platform/config/piece';
import { loadRelayConfig } from './relay.config';

const log = (message: string) => process.stderr.write(`${new Date().toISOString()} relay: ${message}\n`);

async function main(): Promise<void> {
  const config = loadRelayConfig(process.env);
  const stores = await openStores({ ...config, kafkaClientId: 'quickclaim-relay', simulatedSmsLog: log }, [
    'eventStore',
    'messageBus',
    'notificationGateway',
  ]);
  // Without MongoDB the relay runs without views, its checkpoints in files (relay.app.ts).
  const views = config.readStore === 'mongodb' ? await openStores(config, ['readStore']) : null;
  const relay = await startRelay({
    eventStore: stores.eventStore,
    bus: stores.messageBus,
    notificationGateway: stores.notificationGateway,
    readStore: views?.readStore ?? null,
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
    await views?.close();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  log(
    error instanceof ConfigError
      ? `configuration error: ${error.message}`
      : `failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
