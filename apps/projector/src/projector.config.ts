import { dataDirConfig, type DataDirConfig } from '@quickclaim/platform/config/data-dir';
import { eventStoreConfig, type EventStoreConfig } from '@quickclaim/platform/config/event-store';
import { healthConfig, type HealthConfig } from '@quickclaim/platform/config/health';
import { readPiece, wholeNumber, type Environment } from '@quickclaim/platform/config/piece';
import { readStoreConfig, type ReadStoreConfig } from '@quickclaim/platform/config/read-store';
import { timeZoneConfig, type TimeZoneConfig } from '@quickclaim/platform/config/time-zone';
import { z } from 'zod';

const feed = z
  .object({ PROJECTOR_BATCH_SIZE: wholeNumber('PROJECTOR_BATCH_SIZE', 500, 1) })
  .transform((variables) => ({ batchSize: variables.PROJECTOR_BATCH_SIZE }));

/**
 * The projector reads the same pieces as the API for the same things (DATA_DIR, EVENT_STORE,
 * EVENTSTORE_URL, READ_STORE, MONGODB_URL, TIME_ZONE), its batch size and HEALTH_PORT, and
 * nothing about HTTP or authentication. It works beside a store another process can share.
 */
export type ProjectorConfig = DataDirConfig &
  EventStoreConfig<'sqlite' | 'esdb'> &
  ReadStoreConfig &
  TimeZoneConfig &
  HealthConfig & { batchSize: number };

export function loadProjectorConfig(env: Environment): ProjectorConfig {
  return {
    ...dataDirConfig(env),
    ...eventStoreConfig(env, ['sqlite', 'esdb']),
    ...readStoreConfig(env, 'mongodb when MONGODB_URL is set'),
    ...timeZoneConfig(env),
    ...readPiece(feed, { PROJECTOR_BATCH_SIZE: env.PROJECTOR_BATCH_SIZE }),
    ...healthConfig(env),
  };
}
