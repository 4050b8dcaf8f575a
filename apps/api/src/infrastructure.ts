import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type MessageBus,
  RandomIdGenerator,
  SystemClock,
  type BlobStore,
  type Clock,
  type EventStore,
  type IdempotencyStore,
  type IdGenerator,
  type ReadStore,
} from '@quickclaim/platform';
import { EsdbEventStore } from '@quickclaim/platform/esdb';
import { FileBlobStore } from '@quickclaim/platform/files';
import { KafkaMessageBus } from '@quickclaim/platform/kafka';
import {
  InProcessMessageBus,
  InMemoryEventStore,
  InMemoryIdempotencyStore,
  InMemoryReadStore,
} from '@quickclaim/platform/memory';
import { GridFsBlobStore, MongoIdempotencyStore, MongoReadStore } from '@quickclaim/platform/mongo';
import { SqliteEventStore, SqliteIdempotencyStore } from '@quickclaim/platform/sqlite';
import type { AppConfig } from './config';

/** The adapters behind the ports; tests may replace any of them. */
export interface Infrastructure {
  eventStore: EventStore;
  blobStore: BlobStore;
  idempotencyStore: IdempotencyStore;
  clock: Clock;
  ids: IdGenerator;
  messageBus: MessageBus;
  readStore: ReadStore;
}

/** Chooses each port's adapter from the configuration: the embedded default needs no server. */
export async function buildInfrastructure(
  config: AppConfig,
  overrides: Partial<Infrastructure> = {},
): Promise<Infrastructure> {
  mkdirSync(config.dataDir, { recursive: true });
  return {
    eventStore: overrides.eventStore ?? buildEventStore(config),
    blobStore: overrides.blobStore ?? (await buildBlobStore(config)),
    idempotencyStore: overrides.idempotencyStore ?? (await buildIdempotencyStore(config)),
    messageBus:
      overrides.messageBus ??
      (config.kafkaBrokers
        ? new KafkaMessageBus({ brokers: config.kafkaBrokers, clientId: 'quickclaim' })
        : new InProcessMessageBus()),
    readStore: overrides.readStore ?? (await buildReadStore(config)),
    clock: overrides.clock ?? new SystemClock(),
    ids: overrides.ids ?? new RandomIdGenerator(),
  };
}

export function buildReadStore(config: AppConfig): Promise<ReadStore> {
  return config.readStore === 'mongodb'
    ? MongoReadStore.connect(config.mongodbUrl ?? '')
    : Promise.resolve(
        new InMemoryReadStore({
          forbidCollectionScans: config.readStoreChecks,
          freezeDocuments: config.readStoreChecks,
        }),
      );
}

async function buildIdempotencyStore(config: AppConfig): Promise<IdempotencyStore> {
  switch (config.idempotencyStore) {
    case 'memory':
      return new InMemoryIdempotencyStore();
    case 'mongodb':
      return MongoIdempotencyStore.connect(config.mongodbUrl ?? '');
    case 'sqlite':
      return new SqliteIdempotencyStore(join(config.dataDir, 'idempotency.sqlite'));
    default: {
      const exhaustive: never = config.idempotencyStore;
      return exhaustive;
    }
  }
}

export function buildBlobStore(config: AppConfig): Promise<BlobStore> {
  return config.blobStore === 'gridfs'
    ? GridFsBlobStore.connect(config.mongodbUrl ?? '')
    : Promise.resolve(new FileBlobStore(join(config.dataDir, 'blobs')));
}

export function buildEventStore(config: AppConfig): EventStore {
  switch (config.eventStore) {
    case 'sqlite':
      return new SqliteEventStore(
        join(config.dataDir, 'events.sqlite'),
        config.eventStoreMaxBytes > 0 ? { maxSizeBytes: config.eventStoreMaxBytes } : {},
      );
    case 'esdb':
      return new EsdbEventStore(config.eventStoreUrl ?? '');
    case 'memory':
      return new InMemoryEventStore();
    default: {
      const exhaustive: never = config.eventStore;
      return exhaustive;
    }
  }
}
