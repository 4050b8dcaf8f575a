import { SystemClock } from '@quickclaim/platform';
import { probe, startHealthServer } from '@quickclaim/platform/ops';
import { loadProjectorConfig } from './projector.config';
import { openStores } from '@quickclaim/platform/stores';
import { PROJECTOR_STORES, startProjector } from './projector.app';

const log = (message: string) => process.stderr.write(`${new Date().toISOString()} projector: ${message}\n`);

async function main(): Promise<void> {
  const config = loadProjectorConfig(process.env);
  if (config.readStore !== 'mongodb') {
    throw new Error('The projector feeds MongoDB: set MONGODB_URL (the embedded default feeds its memory in the API)');
  }
  const stores = await openStores(config, PROJECTOR_STORES);
  const projector = await startProjector(stores, { ...config, clock: new SystemClock(), log });
  log('started');
  const health =
    config.healthPort !== undefined
      ? await startHealthServer(config.healthPort, async () => {
          const checks = {
            eventStore: await probe(() => stores.eventStore.ping()),
            readStore: await probe(() => stores.readStore.ping()),
          };
          const projections = await projector.runner.states().catch(() => []);
          return {
            healthy: Object.values(checks).every((check) => check.status === 'up'),
            body: {
              checks,
              projections: projections.map(({ name, position, lag, failureCount }) => ({
                name,
                position,
                lag,
                failureCount,
              })),
            },
          };
        })
      : null;
  if (health) log(`health on :${health.port}/health`);
  const shutdown = async () => {
    log('stopping');
    await health?.close();
    await projector.stop();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  log(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
