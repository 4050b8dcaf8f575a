/**
 * The subpaths are the point of the split (ADR 26): a read model, a decider's handler or a test
 * importing the ports or the runtime must not load a database client as a side effect.
 * `npm run lint:layers` checks the imports statically; this checks what loading really loads.
 */
const DRIVERS = ['mongoose', 'mongodb', 'kafkajs', '@eventstore/db-client', 'better-sqlite3', 'sharp'];

async function driversLoadedBy(entry: string): Promise<string[]> {
  const loaded: string[] = [];
  await jest.isolateModulesAsync(async () => {
    for (const driver of DRIVERS) {
      jest.doMock(driver, () => {
        loaded.push(driver);
        return {};
      });
    }
    await import(entry);
  });
  return loaded.sort();
}

describe('the platform entry points', () => {
  it.each([
    '@quickclaim/platform',
    '@quickclaim/platform/eventsourcing',
    '@quickclaim/platform/memory',
    // It loads an adapter only when asked to open one (open-stores.int-spec.ts).
    '@quickclaim/platform/stores',
  ])('%s loads no driver', async (entry) => {
    expect(await driversLoadedBy(entry)).toEqual([]);
  });

  it.each([
    ['@quickclaim/platform/sqlite', ['better-sqlite3']],
    ['@quickclaim/platform/files', []],
    ['@quickclaim/platform/esdb', ['@eventstore/db-client']],
    ['@quickclaim/platform/mongo', ['mongoose']],
    ['@quickclaim/platform/kafka', ['kafkajs']],
    ['@quickclaim/platform/sms', []],
  ])('%s loads its own driver and no other', async (entry, drivers) => {
    expect(await driversLoadedBy(entry)).toEqual(drivers);
  });
});
