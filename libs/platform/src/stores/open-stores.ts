import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobStore } from '../ports/blob-store.port';
import type { EventStore } from '../ports/event-store.port';
import type { IdempotencyStore } from '../ports/idempotency.port';
import type { MessageBus } from '../ports/message-bus.port';
import type { NotificationGateway } from '../ports/notification-gateway.port';
import type { ReadStore } from '../ports/read-store.port';

/** The adapters behind the ports a process keeps its state in and talks through. */
export interface Stores {
  eventStore: EventStore;
  readStore: ReadStore;
  blobStore: BlobStore;
  idempotencyStore: IdempotencyStore;
  messageBus: MessageBus;
  /** Not a store, but an adapter the configuration chooses like one: where SMS go. */
  notificationGateway: NotificationGateway;
}

export type StoreName = keyof Stores;

/** What each store needs from the configuration (the `stores` configuration piece gives all of it). */
export interface StoreSettings {
  eventStore: {
    dataDir: string;
    eventStore: 'sqlite' | 'esdb' | 'memory';
    eventStoreUrl?: string;
    /** Largest size of the SQLite file; 0 or absent for no limit but the disk's. */
    eventStoreMaxBytes?: number;
  };
  readStore: {
    readStore: 'memory' | 'mongodb';
    mongodbUrl?: string;
    /** Refuse unindexed queries and freeze stored documents (the tests turn it on). */
    readStoreChecks?: boolean;
  };
  blobStore: { dataDir: string; blobStore: 'files' | 'gridfs'; mongodbUrl?: string };
  idempotencyStore: { dataDir: string; idempotencyStore: 'sqlite' | 'mongodb' | 'memory'; mongodbUrl?: string };
  messageBus: {
    /** Without brokers the bus is in process. */
    kafkaBrokers?: readonly string[];
    /** How this process introduces itself to Kafka. */
    kafkaClientId: string;
  };
  notificationGateway: {
    smsGateway: 'simulated' | 'http';
    smsGatewayUrl?: string;
    smsGatewayToken?: string;
    smsGatewayTimeoutMs: number;
    smsGatewayAttempts: number;
    /** Told of each simulated SMS, without its text. */
    simulatedSmsLog?: (line: string) => void;
  };
}

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** The settings the chosen stores need together. */
export type SettingsFor<K extends StoreName> = UnionToIntersection<StoreSettings[K]>;

export type OpenedStores<K extends StoreName> = Pick<Stores, K> & {
  /** Closes what this call opened, in reverse order; a store passed in as an override is the caller's to close. */
  close(): Promise<void>;
};

const OPENERS: { [K in StoreName]: (settings: StoreSettings[K]) => Promise<Stores[K]> } = {
  async eventStore(settings) {
    switch (settings.eventStore) {
      case 'sqlite': {
        const { SqliteEventStore } = await import('../sqlite');
        mkdirSync(settings.dataDir, { recursive: true });
        const maxSizeBytes = settings.eventStoreMaxBytes ?? 0;
        return new SqliteEventStore(join(settings.dataDir, 'events.sqlite'), maxSizeBytes > 0 ? { maxSizeBytes } : {});
      }
      case 'esdb': {
        const { EsdbEventStore } = await import('../esdb');
        return new EsdbEventStore(settings.eventStoreUrl ?? '');
      }
      case 'memory': {
        const { InMemoryEventStore } = await import('../memory');
        return new InMemoryEventStore();
      }
      default: {
        const exhaustive: never = settings.eventStore;
        return exhaustive;
      }
    }
  },

  async readStore(settings) {
    if (settings.readStore === 'mongodb') {
      const { MongoReadStore } = await import('../mongo');
      return MongoReadStore.connect(settings.mongodbUrl ?? '');
    }
    const { InMemoryReadStore } = await import('../memory');
    const checks = settings.readStoreChecks ?? false;
    return new InMemoryReadStore({ forbidCollectionScans: checks, freezeDocuments: checks });
  },

  async blobStore(settings) {
    if (settings.blobStore === 'gridfs') {
      const { GridFsBlobStore } = await import('../mongo');
      return GridFsBlobStore.connect(settings.mongodbUrl ?? '');
    }
    const { FileBlobStore } = await import('../files');
    return new FileBlobStore(join(settings.dataDir, 'blobs'));
  },

  async idempotencyStore(settings) {
    switch (settings.idempotencyStore) {
      case 'memory': {
        const { InMemoryIdempotencyStore } = await import('../memory');
        return new InMemoryIdempotencyStore();
      }
      case 'mongodb': {
        const { MongoIdempotencyStore } = await import('../mongo');
        return MongoIdempotencyStore.connect(settings.mongodbUrl ?? '');
      }
      case 'sqlite': {
        const { SqliteIdempotencyStore } = await import('../sqlite');
        mkdirSync(settings.dataDir, { recursive: true });
        return new SqliteIdempotencyStore(join(settings.dataDir, 'idempotency.sqlite'));
      }
      default: {
        const exhaustive: never = settings.idempotencyStore;
        return exhaustive;
      }
    }
  },

  async messageBus(settings) {
    if (settings.kafkaBrokers && settings.kafkaBrokers.length > 0) {
      const { KafkaMessageBus } = await import('../kafka');
      return new KafkaMessageBus({ brokers: [...settings.kafkaBrokers], clientId: settings.kafkaClientId });
    }
    const { InProcessMessageBus } = await import('../memory');
    return new InProcessMessageBus();
  },

  async notificationGateway(settings) {
    if (settings.smsGateway === 'http') {
      const { HttpSmsGateway } = await import('../sms');
      return new HttpSmsGateway({
        url: settings.smsGatewayUrl ?? '',
        ...(settings.smsGatewayToken ? { token: settings.smsGatewayToken } : {}),
        timeoutMs: settings.smsGatewayTimeoutMs,
        attempts: settings.smsGatewayAttempts,
      });
    }
    const { RecordingSmsGateway } = await import('../memory');
    return new RecordingSmsGateway(settings.simulatedSmsLog ? { log: settings.simulatedSmsLog } : {});
  },
};

const CLOSERS: { [K in StoreName]: (store: Stores[K]) => unknown } = {
  eventStore: (store) => store.close(),
  readStore: (store) => store.close(),
  blobStore: (store) => store.close(),
  idempotencyStore: (store) => store.close?.(),
  messageBus: (store) => store.close(),
  notificationGateway: (gateway) => gateway.close(),
};

/**
 * Opens the named stores as the configuration chooses them, loading only the chosen adapters'
 * modules: the embedded default (SQLite, files, memory) never loads mongoose, kafkajs or the
 * EventStoreDB client. `overrides` replace any store (the tests pass their own); they are used
 * as given and left open by `close`. If one store fails to open, those already opened are closed.
 */
export async function openStores<K extends StoreName>(
  config: SettingsFor<K>,
  names: readonly K[],
  overrides: Partial<Pick<Stores, K>> = {},
): Promise<OpenedStores<K>> {
  const opened: { name: StoreName; store: Stores[StoreName] }[] = [];
  const close = async (): Promise<void> => {
    for (const { name, store } of opened.splice(0).reverse()) {
      await (CLOSERS[name] as (store: Stores[StoreName]) => unknown)(store);
    }
  };
  const stores = {} as Pick<Stores, K>;
  try {
    for (const name of names) {
      const given = overrides[name];
      if (given) {
        stores[name] = given as Stores[K];
        continue;
      }
      const open = OPENERS[name] as (settings: StoreSettings[K]) => Promise<Stores[K]>;
      const store = await open(config as StoreSettings[K]);
      opened.push({ name, store });
      stores[name] = store;
    }
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { ...stores, close };
}
