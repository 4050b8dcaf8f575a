import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SettingsFor, StoreName } from './open-stores';

const SERVER_DRIVERS = ['mongoose', 'mongodb', 'kafkajs', '@eventstore/db-client'];

function embeddedDefault(): SettingsFor<StoreName> {
  return {
    dataDir: mkdtempSync(join(tmpdir(), 'qc-stores-')),
    eventStore: 'sqlite',
    readStore: 'memory',
    blobStore: 'files',
    idempotencyStore: 'sqlite',
    kafkaClientId: 'test',
    smsGateway: 'simulated',
    smsGatewayTimeoutMs: 5000,
    smsGatewayAttempts: 4,
  };
}

/** Loads open-stores afresh, with every server driver replaced by a module that records being loaded. */
async function withDriversWatched<T>(
  work: (module: typeof import('./open-stores')) => Promise<T>,
): Promise<{ result: T; loaded: string[] }> {
  const loaded: string[] = [];
  let result!: T;
  await jest.isolateModulesAsync(async () => {
    for (const driver of SERVER_DRIVERS) {
      jest.doMock(driver, () => {
        loaded.push(driver);
        return {};
      });
    }
    result = await work(await import('./open-stores'));
  });
  return { result, loaded };
}

describe('openStores', () => {
  it('opens the embedded default from files and memory, loading no server driver', async () => {
    const config = embeddedDefault();
    const { result: kinds, loaded } = await withDriversWatched(async ({ openStores }) => {
      const stores = await openStores(config, [
        'eventStore',
        'readStore',
        'blobStore',
        'idempotencyStore',
        'messageBus',
        'notificationGateway',
      ]);
      try {
        await stores.eventStore.ping();
        await stores.readStore.ping();
        return [
          stores.eventStore,
          stores.readStore,
          stores.blobStore,
          stores.idempotencyStore,
          stores.messageBus,
          stores.notificationGateway,
        ].map((store) => store.constructor.name);
      } finally {
        await stores.close();
      }
    });
    expect(loaded).toEqual([]);
    expect(kinds).toEqual([
      'SqliteEventStore',
      'InMemoryReadStore',
      'FileBlobStore',
      'SqliteIdempotencyStore',
      'InProcessMessageBus',
      'RecordingSmsGateway',
    ]);
    expect(existsSync(join(config.dataDir, 'events.sqlite'))).toBe(true);
    expect(existsSync(join(config.dataDir, 'idempotency.sqlite'))).toBe(true);
  });

  it('opens the HTTP SMS gateway when SMS_GATEWAY=http chose it', async () => {
    const config = { ...embeddedDefault(), smsGateway: 'http' as const, smsGatewayUrl: 'http://127.0.0.1:9/sms' };
    const { result: kind } = await withDriversWatched(async ({ openStores }) => {
      const stores = await openStores(config, ['notificationGateway']);
      await stores.close();
      return stores.notificationGateway.name;
    });
    expect(kind).toBe('http');
  });

  it('opens only the stores asked for', async () => {
    const config = { ...embeddedDefault(), eventStore: 'memory' as const };
    const { result: opened } = await withDriversWatched(async ({ openStores }) => {
      const stores = await openStores(config, ['eventStore']);
      await stores.close();
      return Object.keys(stores).sort();
    });
    expect(opened).toEqual(['close', 'eventStore']);
    expect(existsSync(join(config.dataDir, 'idempotency.sqlite'))).toBe(false);
  });

  it('loads the Kafka client only when brokers are configured', async () => {
    const { loaded } = await withDriversWatched(async ({ openStores }) => {
      // The stand-in module has no Kafka class: the bus cannot be built, but its module was chosen.
      await openStores({ kafkaBrokers: ['kafka:9092'], kafkaClientId: 'test' }, ['messageBus']).catch(() => undefined);
    });
    expect(loaded).toEqual(['kafkajs']);
  });

  it('uses an override as given and leaves it open; closes what it opened', async () => {
    const config = { ...embeddedDefault(), eventStore: 'memory' as const };
    const closed: string[] = [];
    const { openStores } = await import('./open-stores');
    const { InMemoryReadStore } = await import('../memory');
    const given = new InMemoryReadStore();
    given.close = async () => void closed.push('override');
    const stores = await openStores(config, ['eventStore', 'readStore'], { readStore: given });
    expect(stores.readStore).toBe(given);
    const closeEventStore = stores.eventStore.close.bind(stores.eventStore);
    stores.eventStore.close = async () => {
      closed.push('eventStore');
      await closeEventStore();
    };
    await stores.close();
    expect(closed).toEqual(['eventStore']);
  });

  it('closes what it already opened when a later store fails to open', async () => {
    const closed: string[] = [];
    await jest.isolateModulesAsync(async () => {
      jest.doMock('../sqlite', () => ({
        SqliteIdempotencyStore: class {
          close(): void {
            closed.push('idempotency records');
          }
        },
      }));
      jest.doMock('../mongo', () => ({
        MongoReadStore: {
          connect: () => Promise.reject(new Error('MongoDB is unreachable')),
        },
      }));
      const { openStores } = await import('./open-stores');
      await expect(
        openStores({ ...embeddedDefault(), readStore: 'mongodb', mongodbUrl: 'mongodb://nowhere/q' }, [
          'idempotencyStore',
          'readStore',
        ]),
      ).rejects.toThrow('MongoDB is unreachable');
    });
    expect(closed).toEqual(['idempotency records']);
  });
});
