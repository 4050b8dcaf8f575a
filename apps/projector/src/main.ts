import { SystemClock } from '@quickclaim/platform';
import { loadProjectorConfig } from './projector.config';
import { openStores, startProjector } from './projector.app';

const log = (message: string) => process.stderr.write(`${new Date().toISOString()} projector: ${message}\n`);

async function main(): Promise<void> {
  const config = loadProjectorConfig(process.env);
  if (config.readStore !== 'mongodb') {
    throw new Error('The projector feeds MongoDB: set MONGODB_URL (the embedded default feeds its memory in the API)');
  }
  const stores = await openStores(config);
  const projector = await startProjector(stores, { ...config, clock: new SystemClock(), log });
  log('started');
  const shutdown = async () => {
    log('stopping');
    await projector.stop();
    await stores.readStore.close();
    await stores.eventStore.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  log(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
