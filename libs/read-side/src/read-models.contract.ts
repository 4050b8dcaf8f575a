import { FixedClock, type DocumentWrite, type ProjectionFailure, type ReadStore } from '@quickclaim/platform';
import { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { InMemoryEventStore } from '@quickclaim/platform/memory';
import { accidentWorkload, appendWorkload, mediationWorkload } from '@quickclaim/testing';
import { readModels } from './read-models';
import { snapshot } from './snapshot';

const clock = new FixedClock('2026-11-23T08:00:00.000Z');
const settings = { timeZone: 'Asia/Shanghai' };

/** The process dies right after writing a batch's documents, before their checkpoint. */
class CrashBetweenDocumentsAndCheckpoint implements ReadStore {
  crashed = false;
  private checkpointsLeft: number;
  /** Models whose latest batch wrote documents that their checkpoint does not cover yet. */
  private readonly written = new Set<string>();

  constructor(
    private readonly inner: ReadStore,
    crashAtCheckpoint: number,
  ) {
    this.checkpointsLeft = crashAtCheckpoint;
  }

  private alive(): void {
    if (this.crashed) throw new Error('the projector is dead');
  }

  open: ReadStore['open'] = (schema) => (this.alive(), this.inner.open(schema));
  checkpoint: ReadStore['checkpoint'] = (projection) => (this.alive(), this.inner.checkpoint(projection));
  checkpoints: ReadStore['checkpoints'] = () => (this.alive(), this.inner.checkpoints());
  get: ReadStore['get'] = (ref, id, generation) => (this.alive(), this.inner.get(ref, id, generation));
  find: ReadStore['find'] = (ref, filter, options, generation) => (
    this.alive(),
    this.inner.find(ref, filter, options, generation)
  );
  count: ReadStore['count'] = (ref, filter, generation) => (this.alive(), this.inner.count(ref, filter, generation));
  write = async (projection: string, generation: number, writes: readonly DocumentWrite[]) => {
    this.alive();
    await this.inner.write(projection, generation, writes);
    if (writes.length > 0) this.written.add(projection);
  };
  saveCheckpoint = async (
    projection: string,
    generation: number,
    position: number,
    failures: readonly ProjectionFailure[],
  ) => {
    this.alive();
    this.checkpointsLeft -= 1;
    if (this.checkpointsLeft <= 0 && this.written.has(projection)) {
      this.crashed = true;
      throw new Error('killed between the documents and the checkpoint');
    }
    this.written.delete(projection);
    return this.inner.saveCheckpoint(projection, generation, position, failures);
  };
  createCopy: ReadStore['createCopy'] = (schema, startedAt) => (this.alive(), this.inner.createCopy(schema, startedAt));
  reportCopyProgress: ReadStore['reportCopyProgress'] = (projection, generation, position, head) => (
    this.alive(),
    this.inner.reportCopyProgress(projection, generation, position, head)
  );
  swap: ReadStore['swap'] = (schema, replacing, copy, position, failures) => (
    this.alive(),
    this.inner.swap(schema, replacing, copy, position, failures)
  );
  dropCopy: ReadStore['dropCopy'] = (projection, generation) => (
    this.alive(),
    this.inner.dropCopy(projection, generation)
  );
  ping: ReadStore['ping'] = () => (this.alive(), this.inner.ping());
  close: ReadStore['close'] = () => this.inner.close();
}

async function caughtUp(runner: ProjectionRunner, eventStore: InMemoryEventStore): Promise<void> {
  const head = await eventStore.headPosition();
  if (!(await runner.waitFor(head, 20_000))) throw new Error(`the read models did not reach ${head}`);
}

/**
 * What every read store must give the platform's read models: a rebuild from scratch equals the
 * live models document for document, and a projector killed between documents and checkpoint
 * resumes to models equal to a clean rebuild. `makeStore` returns a fresh, empty store.
 */
export function describeReadModelScenarios(
  name: string,
  makeStore: () => Promise<ReadStore>,
  workload: { cases: number } = { cases: 100 },
): void {
  describe(`the read models on ${name}`, () => {
    jest.setTimeout(120_000);
    const eventStore = new InMemoryEventStore();
    const projections = readModels(settings);

    beforeAll(async () => {
      await appendWorkload(eventStore, accidentWorkload({ cases: workload.cases, seed: 42, concurrent: 24 }));
      await appendWorkload(eventStore, mediationWorkload(4));
    });

    it('rebuilds every read model from scratch, in place and elsewhere, to the very documents of the live ones', async () => {
      const store = await makeStore();
      const live = new ProjectionRunner(eventStore, store, projections, { clock, batchSize: 97 });
      await live.start();
      try {
        await caughtUp(live, eventStore);
        const clean = await makeStore();
        const elsewhere = new ProjectionRunner(eventStore, clean, readModels(settings), { clock });
        for (const projection of projections) {
          const before = await snapshot(store, projection);
          expect(Object.values(before).some((documents) => documents.length > 0)).toBe(true);
          const result = await live.rebuild(projection.name);
          expect(result).toMatchObject({ swapped: true, failures: 0 });
          expect(await snapshot(store, projection)).toEqual(before);
          await elsewhere.rebuild(projection.name);
          expect(await snapshot(clean, projection)).toEqual(before);
        }
        for (const state of await live.states()) {
          expect(state).toMatchObject({ lag: 0, failureCount: 0, rebuilding: null });
        }
      } finally {
        await live.stop();
      }
    });

    it('resumes after a kill between documents and checkpoint to read models equal to a clean rebuild', async () => {
      const survivor = await makeStore();
      const dying = new CrashBetweenDocumentsAndCheckpoint(survivor, 25);
      const killed = new ProjectionRunner(eventStore, dying, projections, { clock, batchSize: 61, retryMs: 10_000 });
      await killed.start();
      const deadline = Date.now() + 20_000;
      while (!dying.crashed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(dying.crashed).toBe(true);
      await killed.stop();
      // The kill left documents newer than their model's stored checkpoint: replay must skip them.
      const ahead = [];
      for (const projection of projections) {
        const checkpoint = (await survivor.checkpoint(projection.name))!;
        const documents = Object.values(await snapshot(survivor, projection)).flat();
        if (documents.some((document) => document.lastPosition > checkpoint.position)) ahead.push(projection.name);
      }
      expect(ahead.length).toBeGreaterThan(0);

      const restarted = new ProjectionRunner(eventStore, survivor, readModels(settings), { clock, batchSize: 61 });
      await restarted.start();
      const clean = await makeStore();
      const rebuilt = new ProjectionRunner(eventStore, clean, readModels(settings), { clock });
      try {
        await caughtUp(restarted, eventStore);
        for (const projection of projections) {
          await rebuilt.rebuild(projection.name);
          expect(await snapshot(survivor, projection)).toEqual(await snapshot(clean, projection));
        }
      } finally {
        await restarted.stop();
      }
    });
  });
}
