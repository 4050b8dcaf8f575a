import { resolve } from 'node:path';

export interface RelayConfig {
  dataDir: string;
  eventStore: 'sqlite' | 'esdb';
  eventStoreUrl?: string;
  kafkaBrokers: string[];
  /** With MongoDB the process managers read the views and keep their checkpoints there (stateless). */
  readStore: 'memory' | 'mongodb';
  mongodbUrl?: string;
  straightThroughLimitFen: number;
  deadlineSweepMs: number;
  /** How long a process manager waits for the views to include the event it reacts to. */
  viewsTimeoutMs: number;
  paymentGateway: 'none' | 'simulated';
  simulatedPayoutDelayMs: number;
  simulatedPayoutFailFirstAttempts: number;
  /** Where `GET /health` is served; none when unset. */
  healthPort?: number;
}

export class RelayConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RelayConfigError';
  }
}

/**
 * The relay reads the variables the API reads for the same things (DATA_DIR, EVENT_STORE,
 * EVENTSTORE_URL, KAFKA_BROKERS, READ_STORE, MONGODB_URL, STRAIGHT_THROUGH_LIMIT_FEN,
 * DEADLINE_SWEEP_MS, READ_YOUR_WRITES_TIMEOUT_MS, PAYMENT_GATEWAY, SIMULATED_PAYOUT_*), plus HEALTH_PORT.
 */
export function loadRelayConfig(env: NodeJS.ProcessEnv): RelayConfig {
  const eventStore = oneOf(env.EVENT_STORE ?? (env.EVENTSTORE_URL ? 'esdb' : 'sqlite'), 'EVENT_STORE', [
    'sqlite',
    'esdb',
  ] as const);
  if (eventStore === 'esdb' && !env.EVENTSTORE_URL) {
    throw new RelayConfigError('EVENT_STORE=esdb needs EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false)');
  }
  if (!env.KAFKA_BROKERS) throw new RelayConfigError('KAFKA_BROKERS is required (comma-separated bootstrap servers)');
  const readStore = oneOf(env.READ_STORE ?? (env.MONGODB_URL ? 'mongodb' : 'memory'), 'READ_STORE', [
    'memory',
    'mongodb',
  ] as const);
  if (readStore === 'mongodb' && !env.MONGODB_URL) {
    throw new RelayConfigError('READ_STORE=mongodb needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
  }
  return {
    dataDir: resolve(env.DATA_DIR ?? './data'),
    eventStore,
    ...(env.EVENTSTORE_URL ? { eventStoreUrl: env.EVENTSTORE_URL } : {}),
    kafkaBrokers: env.KAFKA_BROKERS.split(',').map((broker) => broker.trim()),
    readStore,
    ...(env.MONGODB_URL ? { mongodbUrl: env.MONGODB_URL } : {}),
    straightThroughLimitFen: whole(env.STRAIGHT_THROUGH_LIMIT_FEN ?? '1000000', 'STRAIGHT_THROUGH_LIMIT_FEN'),
    deadlineSweepMs: whole(env.DEADLINE_SWEEP_MS ?? '60000', 'DEADLINE_SWEEP_MS'),
    viewsTimeoutMs: whole(env.READ_YOUR_WRITES_TIMEOUT_MS ?? '2000', 'READ_YOUR_WRITES_TIMEOUT_MS'),
    paymentGateway: oneOf(env.PAYMENT_GATEWAY ?? 'none', 'PAYMENT_GATEWAY', ['none', 'simulated'] as const),
    simulatedPayoutDelayMs: whole(env.SIMULATED_PAYOUT_DELAY_MS ?? '1000', 'SIMULATED_PAYOUT_DELAY_MS'),
    simulatedPayoutFailFirstAttempts: whole(
      env.SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS ?? '0',
      'SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS',
    ),
    ...(env.HEALTH_PORT ? { healthPort: whole(env.HEALTH_PORT, 'HEALTH_PORT') } : {}),
  };
}

function whole(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) {
    throw new RelayConfigError(`${name} must be a whole number, got "${value}"`);
  }
  return parsed;
}

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RelayConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}
