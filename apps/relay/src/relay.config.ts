import { dataDirConfig, type DataDirConfig } from '@quickclaim/platform/config/data-dir';
import { eventStoreConfig, type EventStoreConfig } from '@quickclaim/platform/config/event-store';
import { healthConfig, type HealthConfig } from '@quickclaim/platform/config/health';
import { messageBusConfig } from '@quickclaim/platform/config/message-bus';
import { notificationsConfig, type NotificationsConfig } from '@quickclaim/platform/config/notifications';
import type { Environment } from '@quickclaim/platform/config/piece';
import { processesConfig, type ProcessesConfig } from '@quickclaim/platform/config/processes';
import { readStoreConfig, type ReadStoreConfig } from '@quickclaim/platform/config/read-store';
import { readYourWritesConfig, type ReadYourWritesConfig } from '@quickclaim/platform/config/read-your-writes';
import { settlementConfig, type SettlementConfig } from '@quickclaim/platform/config/settlement';
import { timeZoneConfig, type TimeZoneConfig } from '@quickclaim/platform/config/time-zone';

/**
 * The relay reads the pieces the API reads for the same things (DATA_DIR, EVENT_STORE,
 * EVENTSTORE_URL, KAFKA_BROKERS, READ_STORE, MONGODB_URL, STRAIGHT_THROUGH_LIMIT_FEN,
 * DEADLINE_SWEEP_MS, READ_YOUR_WRITES_TIMEOUT_MS, PAYMENT_GATEWAY, SIMULATED_PAYOUT_*, SMS_*,
 * TIME_ZONE), plus HEALTH_PORT. Kafka is required; with MongoDB the process managers read the views and keep their
 * checkpoints there (stateless).
 */
export type RelayConfig = DataDirConfig &
  EventStoreConfig<'sqlite' | 'esdb'> & { kafkaBrokers: string[] } & ReadStoreConfig &
  SettlementConfig &
  ProcessesConfig &
  ReadYourWritesConfig &
  NotificationsConfig &
  TimeZoneConfig &
  HealthConfig;

export function loadRelayConfig(env: Environment): RelayConfig {
  return {
    ...dataDirConfig(env),
    ...eventStoreConfig(env, ['sqlite', 'esdb']),
    ...messageBusConfig(env, 'required'),
    ...readStoreConfig(env, 'mongodb when MONGODB_URL is set'),
    ...settlementConfig(env),
    ...processesConfig(env, 'none'),
    ...readYourWritesConfig(env),
    ...notificationsConfig(env),
    ...timeZoneConfig(env),
    ...healthConfig(env),
  };
}
