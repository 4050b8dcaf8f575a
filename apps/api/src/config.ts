import { resolve } from 'node:path';
import { DEFAULT_FRAUD_THRESHOLDS, type FraudThresholds } from '@quickclaim/evidence';
import { ConfigError } from './config-error';
import { loadSecurityConfig, type SecurityConfig } from './security.config';

export { ConfigError };

export type EventStoreKind = 'sqlite' | 'esdb' | 'memory';
export type AuthMode = 'development' | 'jwt';
export type BlobStoreKind = 'files' | 'gridfs';
export type ReadStoreKind = 'memory' | 'mongodb';
export type ProjectionsMode = 'embedded' | 'external';
export type ProcessesMode = 'embedded' | 'external';

export interface AppConfig {
  port: number;
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreUrl?: string;
  blobStore: BlobStoreKind;
  /** Kafka bootstrap servers; without them the message bus is in process. */
  kafkaBrokers?: string[];
  mongodbUrl?: string;
  /** Where the read models live: in this process's memory (rebuilt at start) or in MongoDB. */
  readStore: ReadStoreKind;
  /** `embedded`: this process feeds the read models; `external`: `apps/projector` does, this process reads and waits. */
  projections: ProjectionsMode;
  /**
   * `embedded`: this process also runs the process managers, the relay, the payout-results consumer
   * and the sweeper; `external`: `apps/relay` runs them (production, where several API instances run).
   */
  processes: ProcessesMode;
  /** Where Idempotency-Key records live: MongoDB when several API instances must share them. */
  idempotencyStore: 'sqlite' | 'mongodb' | 'memory';
  /** Refuse unindexed read-store queries and freeze stored documents (the tests turn it on). */
  readStoreChecks: boolean;
  authMode: AuthMode;
  /** Authentication, abuse limits, CORS, proxies, body and log settings (security.config.ts). */
  security: SecurityConfig;
  production: boolean;
  /** Time zone for EXIF capture times without an offset. */
  timeZone: string;
  maxUploadBytes: number;
  /**
   * Upload bytes the photo queue may hold at once (bodies being received, waiting or in the
   * pipeline); an upload beyond it is refused with 503 and Retry-After before its body is read.
   */
  photoQueueMaxBytes: number;
  /** Largest size of the SQLite event store file; 0 for no limit but the disk's. */
  eventStoreMaxBytes: number;
  /** How long a query waits for the projections to reflect earlier commands. */
  readYourWritesTimeoutMs: number;
  /** How often the response period of decided cases is checked. */
  deadlineSweepMs: number;
  /** Thresholds of the fraud signals (docs/fraud-signals.md). */
  fraud: FraudThresholds;
  /** Settlements at or under this amount with no flag are approved with no adjuster. */
  straightThroughLimitFen: number;
  /** `simulated`: the embedded insurers' payment systems confirm payouts; `none`: insurers answer by HTTP or Kafka. */
  paymentGateway: 'simulated' | 'none';
  simulatedPayoutDelayMs: number;
  simulatedPayoutFailFirstAttempts: number;
  /** The built web consoles (index.html and assets/), served at `/` when present. */
  webDir: string;
  /** How often a live stream (server-sent events) with nothing new sends a keep-alive comment. */
  liveStreamKeepAliveMs: number;
  /** Where people reach the platform (scheme://host[:port][/path]): documents print their verification URL under it. */
  publicUrl: string;
}

/** Reads the environment once at start; a wrong value stops the server with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const eventStore = oneOf(env.EVENT_STORE ?? (env.EVENTSTORE_URL ? 'esdb' : 'sqlite'), 'EVENT_STORE', [
    'sqlite',
    'esdb',
    'memory',
  ] as const);
  const security = loadSecurityConfig(env, production);
  const blobStore = oneOf(env.BLOB_STORE ?? 'files', 'BLOB_STORE', ['files', 'gridfs'] as const);
  if (blobStore === 'gridfs' && !env.MONGODB_URL) {
    throw new ConfigError('BLOB_STORE=gridfs needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
  }
  const liveStreamKeepAliveMs = integer(env.LIVE_STREAM_KEEPALIVE_MS ?? '15000', 'LIVE_STREAM_KEEPALIVE_MS');
  if (liveStreamKeepAliveMs < 1000) throw new ConfigError('LIVE_STREAM_KEEPALIVE_MS must be at least 1000');
  const readStore = oneOf(env.READ_STORE ?? 'memory', 'READ_STORE', ['memory', 'mongodb'] as const);
  if (readStore === 'mongodb' && !env.MONGODB_URL) {
    throw new ConfigError('READ_STORE=mongodb needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
  }
  const projections = oneOf(env.PROJECTIONS ?? 'embedded', 'PROJECTIONS', ['embedded', 'external'] as const);
  const processes = oneOf(env.PROCESSES ?? 'embedded', 'PROCESSES', ['embedded', 'external'] as const);
  const idempotencyStore = oneOf(
    env.IDEMPOTENCY_STORE ?? (readStore === 'mongodb' ? 'mongodb' : eventStore === 'memory' ? 'memory' : 'sqlite'),
    'IDEMPOTENCY_STORE',
    ['sqlite', 'mongodb', 'memory'] as const,
  );
  if (idempotencyStore === 'mongodb' && !env.MONGODB_URL) {
    throw new ConfigError('IDEMPOTENCY_STORE=mongodb needs MONGODB_URL (e.g. mongodb://localhost:27017/quickclaim)');
  }
  if (projections === 'external' && readStore === 'memory') {
    throw new ConfigError(
      'PROJECTIONS=external needs READ_STORE=mongodb: another process cannot feed this one’s memory',
    );
  }
  if (eventStore === 'esdb' && !env.EVENTSTORE_URL) {
    throw new ConfigError('EVENT_STORE=esdb needs EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false)');
  }
  const maxUploadBytes = integer(env.MAX_UPLOAD_BYTES ?? String(20 * 1024 * 1024), 'MAX_UPLOAD_BYTES');
  const photoQueueMaxBytes = integer(env.PHOTO_QUEUE_MAX_BYTES ?? String(128 * 1024 * 1024), 'PHOTO_QUEUE_MAX_BYTES');
  if (photoQueueMaxBytes < maxUploadBytes) {
    throw new ConfigError(
      'PHOTO_QUEUE_MAX_BYTES must be at least MAX_UPLOAD_BYTES, or no large photo could ever be taken',
    );
  }
  const port = integer(env.PORT ?? '3000', 'PORT');
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    eventStore,
    ...(env.EVENTSTORE_URL ? { eventStoreUrl: env.EVENTSTORE_URL } : {}),
    blobStore,
    ...(env.KAFKA_BROKERS ? { kafkaBrokers: env.KAFKA_BROKERS.split(',').map((broker) => broker.trim()) } : {}),
    ...(env.MONGODB_URL ? { mongodbUrl: env.MONGODB_URL } : {}),
    readStore,
    projections,
    processes,
    idempotencyStore,
    readStoreChecks: oneOf(env.READ_STORE_CHECKS ?? 'off', 'READ_STORE_CHECKS', ['on', 'off'] as const) === 'on',
    authMode: security.auth.mode,
    security,
    production,
    timeZone: env.TIME_ZONE ?? 'Asia/Shanghai',
    maxUploadBytes,
    photoQueueMaxBytes,
    eventStoreMaxBytes: integer(env.EVENT_STORE_MAX_BYTES ?? '0', 'EVENT_STORE_MAX_BYTES'),
    readYourWritesTimeoutMs: integer(env.READ_YOUR_WRITES_TIMEOUT_MS ?? '2000', 'READ_YOUR_WRITES_TIMEOUT_MS'),
    deadlineSweepMs: integer(env.DEADLINE_SWEEP_MS ?? '60000', 'DEADLINE_SWEEP_MS'),
    fraud: fraudThresholds(env),
    straightThroughLimitFen: integer(env.STRAIGHT_THROUGH_LIMIT_FEN ?? '1000000', 'STRAIGHT_THROUGH_LIMIT_FEN'),
    paymentGateway: oneOf(env.PAYMENT_GATEWAY ?? (production ? 'none' : 'simulated'), 'PAYMENT_GATEWAY', [
      'simulated',
      'none',
    ] as const),
    simulatedPayoutDelayMs: integer(env.SIMULATED_PAYOUT_DELAY_MS ?? '1000', 'SIMULATED_PAYOUT_DELAY_MS'),
    simulatedPayoutFailFirstAttempts: integer(
      env.SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS ?? '0',
      'SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS',
    ),
    webDir: resolve(env.WEB_DIR ?? './dist/web'),
    liveStreamKeepAliveMs,
    publicUrl: publicUrl(env.PUBLIC_URL ?? `http://localhost:${port}`),
  };
}

function publicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL with no query, fragment or credentials, got "${value}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

const FRAUD_VARIABLES: Record<keyof FraudThresholds, string> = {
  exifTimeToleranceMinutes: 'FRAUD_EXIF_TIME_TOLERANCE_MINUTES',
  exifDistanceToleranceMeters: 'FRAUD_EXIF_DISTANCE_TOLERANCE_METERS',
  similarPhotoMaxDistance: 'FRAUD_SIMILAR_PHOTO_MAX_DISTANCE',
  lateReportMinutes: 'FRAUD_LATE_REPORT_MINUTES',
  repeatPlateCases: 'FRAUD_REPEAT_PLATE_CASES',
  repeatPlateWindowDays: 'FRAUD_REPEAT_PLATE_WINDOW_DAYS',
  repeatPairWindowDays: 'FRAUD_REPEAT_PAIR_WINDOW_DAYS',
};

function fraudThresholds(env: NodeJS.ProcessEnv): FraudThresholds {
  const thresholds = { ...DEFAULT_FRAUD_THRESHOLDS };
  for (const [key, variable] of Object.entries(FRAUD_VARIABLES) as [keyof FraudThresholds, string][]) {
    const value = env[variable];
    if (value !== undefined) thresholds[key] = integer(value, variable);
  }
  if (thresholds.similarPhotoMaxDistance > 7) {
    throw new ConfigError('FRAUD_SIMILAR_PHOTO_MAX_DISTANCE must be at most 7');
  }
  return thresholds;
}

function integer(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0)
    throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

function oneOf<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}
