import { resolve } from 'node:path';

export interface ProjectorConfig {
  dataDir: string;
  eventStore: 'sqlite' | 'esdb';
  eventStoreUrl?: string;
  readStore: 'memory' | 'mongodb';
  mongodbUrl?: string;
  /** SLA days are calendar days in this zone. */
  timeZone: string;
  batchSize: number;
  /** Where `GET /health` is served; none when unset. */
  healthPort?: number;
}

export class ProjectorConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectorConfigError';
  }
}

/**
 * The projector reads the same variables as the API (DATA_DIR, EVENT_STORE, EVENTSTORE_URL,
 * READ_STORE, MONGODB_URL, TIME_ZONE), and nothing about HTTP or authentication.
 */
export function loadProjectorConfig(env: NodeJS.ProcessEnv): ProjectorConfig {
  const eventStore = env.EVENT_STORE ?? (env.EVENTSTORE_URL ? 'esdb' : 'sqlite');
  if (eventStore !== 'sqlite' && eventStore !== 'esdb') {
    throw new ProjectorConfigError(`EVENT_STORE must be sqlite or esdb for the projector, got "${eventStore}"`);
  }
  if (eventStore === 'esdb' && !env.EVENTSTORE_URL) {
    throw new ProjectorConfigError('EVENT_STORE=esdb needs EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false)');
  }
  const readStore = env.READ_STORE ?? (env.MONGODB_URL ? 'mongodb' : 'memory');
  if (readStore !== 'memory' && readStore !== 'mongodb') {
    throw new ProjectorConfigError(`READ_STORE must be memory or mongodb, got "${readStore}"`);
  }
  if (readStore === 'mongodb' && !env.MONGODB_URL) {
    throw new ProjectorConfigError('READ_STORE=mongodb needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
  }
  const batchSize = Number(env.PROJECTOR_BATCH_SIZE ?? '500');
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new ProjectorConfigError(
      `PROJECTOR_BATCH_SIZE must be a whole number above 0, got "${env.PROJECTOR_BATCH_SIZE}"`,
    );
  }
  return {
    dataDir: resolve(env.DATA_DIR ?? './data'),
    eventStore,
    ...(env.EVENTSTORE_URL ? { eventStoreUrl: env.EVENTSTORE_URL } : {}),
    readStore,
    ...(env.MONGODB_URL ? { mongodbUrl: env.MONGODB_URL } : {}),
    timeZone: env.TIME_ZONE ?? 'Asia/Shanghai',
    batchSize,
    ...(env.HEALTH_PORT ? { healthPort: port(env.HEALTH_PORT) } : {}),
  };
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new ProjectorConfigError(`HEALTH_PORT must be a port number, got "${value}"`);
  }
  return parsed;
}
