import type { Clock } from '@quickclaim/platform';
import { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import type { Stores } from '@quickclaim/platform/stores';
import { readModels } from '@quickclaim/read-side';

/** What the projector reads from and writes to: the event store, and MongoDB (or memory, for a dry run). */
export const PROJECTOR_STORES = ['eventStore', 'readStore'] as const;
export type ProjectorStores = Pick<Stores, (typeof PROJECTOR_STORES)[number]>;

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
