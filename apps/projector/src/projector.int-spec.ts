import { FixedClock, type ReadStore } from '@quickclaim/platform';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { MongoReadStore } from '@quickclaim/platform/mongo';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { accidentWorkload, appendWorkload } from '@quickclaim/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProjectionsCli } from './projections.cli';
import { startProjector } from './projector.app';

const url = process.env.MONGODB_URL;
const clock = new FixedClock('2026-11-23T08:00:00.000Z');

function output() {
  const written: string[] = [];
  return { written, stream: { isTTY: false, write: (text: string) => written.push(text) } };
}

async function eventStoreWithWorkload(cases: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-projector-'));
  const eventStore = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  await appendWorkload(eventStore, accidentWorkload({ cases, seed: 5 }));
  return { dataDir, eventStore };
}

describe('the projector process', () => {
  it(`feeds every read model of ${url ? 'MongoDB' : 'a read store'} from the SQLite file, then live`, async () => {
    const { eventStore } = await eventStoreWithWorkload(20);
    const readStore: ReadStore = url
      ? await MongoReadStore.connect(url.replace(/\/[^/?]*(\?|$)/, `/projector-${process.pid}$1`))
      : new InMemoryReadStore({ forbidCollectionScans: true });
    const logs: string[] = [];
    const projector = await startProjector(
      { eventStore, readStore },
      { timeZone: 'Asia/Shanghai', batchSize: 200, clock, log: (message) => logs.push(message) },
    );
    try {
      expect(await projector.runner.waitFor(await eventStore.headPosition(), 20_000)).toBe(true);
      await appendWorkload(eventStore, accidentWorkload({ cases: 2, seed: 6, start: '2026-11-23T00:00:00.000Z' }));
      const head = await eventStore.headPosition();
      expect(await projector.runner.waitFor(head, 20_000)).toBe(true);
      for (const state of await projector.runner.states()) {
        expect(state).toMatchObject({ position: head, lag: 0, failureCount: 0 });
      }
      // One line per read model: six, the audit's case index (issue 14) and the mediation views (issue 15.2).
      expect(logs.filter((line) => line.includes('from position'))).toHaveLength(8);
    } finally {
      await projector.stop();
      await readStore.close();
      await eventStore.close();
    }
  }, 60_000);
});

describe('npm run projections', () => {
  it('rebuilds a read model with a progress bar and reports how fast', async () => {
    const { dataDir, eventStore } = await eventStoreWithWorkload(10);
    await eventStore.close();
    const env = {
      DATA_DIR: dataDir,
      ...(url ? { MONGODB_URL: url.replace(/\/[^/?]*(\?|$)/, `/cli-${process.pid}$1`) } : {}),
    };
    const stdout = output();
    const stderr = output();
    const io = { stdout: stdout.stream, stderr: stderr.stream, env, clock };
    expect(await runProjectionsCli(['rebuild', 'desk-queue', 'sla-metrics'], io)).toBe(0);
    expect(stdout.written.join('')).toMatch(
      /rebuilt desk-queue: \d+ events in [\d.]+ s \(\d+ events\/s\), swapped in at position \d+; 0 event/,
    );
    expect(stdout.written.join('')).toContain('rebuilt sla-metrics:');
    expect(stderr.written.join('')).toMatch(/rebuild desk-queue \[#+\] 100% [\d ]+\/[\d ]+ events · [\d ]+ events\/s/);
    if (url) {
      const listed = output();
      expect(await runProjectionsCli(['list'], { ...io, stdout: listed.stream })).toBe(0);
      expect(listed.written.join('')).toMatch(/desk-queue\s+2\s+\d+\s+0\s+0/);
    }
  }, 60_000);

  it('refuses what it cannot do, with exit code 2', async () => {
    const { dataDir, eventStore } = await eventStoreWithWorkload(1);
    await eventStore.close();
    const stderr = output();
    const io = (env: Record<string, string>) => ({ stdout: output().stream, stderr: stderr.stream, env, clock });
    expect(await runProjectionsCli(['rebuild', 'nothing-like-it'], io({ DATA_DIR: dataDir }))).toBe(2);
    expect(stderr.written.join('')).toContain('No projection named nothing-like-it; the read models are: case-views');
    expect(await runProjectionsCli(['rebuild'], io({ DATA_DIR: dataDir }))).toBe(2);
    expect(await runProjectionsCli(['vacuum'], io({ DATA_DIR: dataDir }))).toBe(2);
    expect(await runProjectionsCli(['list'], io({ DATA_DIR: join(dataDir, 'elsewhere') }))).toBe(2);
    expect(stderr.written.join('')).toContain('No event store at');
    expect(await runProjectionsCli(['list'], io({ DATA_DIR: dataDir, READ_STORE: 'mongodb' }))).toBe(2);
  });
});
