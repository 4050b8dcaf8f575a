import type { Clock, EventStore, ReadStore } from '@quickclaim/platform';
import { EsdbEventStore } from '@quickclaim/platform/esdb';
import { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { MongoReadStore } from '@quickclaim/platform/mongo';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { readModels } from '@quickclaim/read-side';
import { join } from 'node:path';
import type { ProjectorConfig } from './projector.config';

export interface ProjectorStores {
  eventStore: EventStore;
  readStore: ReadStore;
}

/** The configured stores: the SQLite file or EventStoreDB, and MongoDB (or memory, for a dry run). */
export async function openStores(config: ProjectorConfig): Promise<ProjectorStores> {
  const eventStore =
    config.eventStore === 'esdb'
      ? new EsdbEventStore(config.eventStoreUrl ?? '')
      : new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
  const readStore =
    config.readStore === 'mongodb' ? await MongoReadStore.connect(config.mongodbUrl ?? '') : new InMemoryReadStore();
  return { eventStore, readStore };
}

export interface RunningProjector {
  runner: ProjectionRunner;
  stop(): Promise<void>;
}

/**
 * The read models' feed as its own process (production): every projection from its checkpoint in
 * the read store, live from then on. Several API instances read what it writes.
 */
export async function startProjector(
  stores: ProjectorStores,
  settings: { timeZone: string; batchSize: number; clock: Clock; log: (message: string) => void },
): Promise<RunningProjector> {
  const runner = new ProjectionRunner(stores.eventStore, stores.readStore, readModels(settings), {
    clock: settings.clock,
    batchSize: settings.batchSize,
    log: settings.log,
  });
  await runner.start();
  for (const state of await runner.states()) {
    settings.log(`${state.name}: from position ${state.position} (copy ${state.generation}), ${state.lag} behind`);
  }
  return { runner, stop: () => runner.stop() };
}
