import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RecordedEvent } from '@quickclaim/platform';
import { verifyChain } from '@quickclaim/platform/eventsourcing';
import { SqliteEventStore } from '@quickclaim/platform/sqlite';
import { LoadClient, Recorder, sleep } from '../../../scripts/load/load-client';
import { startServerProcess, type ServerProcess } from '../../../scripts/load/server-process';
import { runStories, type StoryOutcome } from '../../../scripts/load/story';

/**
 * kill -9 of the embedded server (a child process, running these sources) in the middle of a
 * load; then every acknowledged command has its events, every hash chain verifies, no photo file
 * is half written, and the views after the restart equal those of a clean rebuild from the events.
 */
jest.setTimeout(180_000);

const ACKNOWLEDGED_BEFORE_KILL = 60;

async function readEverything(dataDir: string): Promise<Map<string, RecordedEvent[]>> {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  try {
    const streams = new Map<string, RecordedEvent[]>();
    for (const event of await store.readAll()) {
      streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
    }
    return streams;
  } finally {
    await store.close();
  }
}

function blobFiles(dataDir: string): { name: string; path: string }[] {
  const root = join(dataDir, 'blobs');
  return readdirSync(root).flatMap((folder) =>
    readdirSync(join(root, folder)).map((name) => ({ name, path: join(root, folder, name) })),
  );
}

/** Waits until the server has applied every event and no new one came for a while (process managers done). */
async function quiet(server: ServerProcess): Promise<void> {
  let last = -2;
  let stableSince = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const health = (await (await fetch(`${server.baseUrl}/health`)).json()) as {
      checks: { projections: { position: number; lag: number } };
    };
    const { position, lag } = health.checks.projections;
    if (position !== last || lag > 0) {
      last = position;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1500) {
      return;
    }
    await sleep(100);
  }
  throw new Error('The server never became quiet');
}

async function views(server: ServerProcess, caseIds: string[], claimIds: string[]) {
  const auditor = await LoadClient.as(server.baseUrl, new Recorder(), { sub: 'auditor-1', role: 'auditor' });
  const read = async (path: string) => (await auditor.send('view', 'GET', path)).body;
  return {
    cases: await Promise.all(caseIds.map((id) => read(`/cases/${id}`))),
    claims: await Promise.all(claimIds.map((id) => read(`/claims/${id}`))),
  };
}

describe('a crash of the embedded server in the middle of a load', () => {
  it('keeps every acknowledged command, valid chains and whole photos; the views equal a clean rebuild', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-crash-'));
    // The load comes from one address: the per-address limits are the abuse suite's business.
    const env = { SIMULATED_PAYOUT_DELAY_MS: '20', RATE_LIMITS: 'off' };
    const first = await startServerProcess({ mode: 'source', dataDir, env });
    const recorder = new Recorder();
    const acknowledged: StoryOutcome['acknowledged'] = [];
    let stop = false;
    const smallPhoto = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    const load = runStories({
      baseUrl: first.baseUrl,
      recorder,
      pairs: 8,
      storiesPerPair: 50,
      deadline: Date.now() + 60_000,
      smallPhoto,
      shouldStop: () => stop,
      acknowledged,
    });
    const killBy = Date.now() + 60_000;
    while (acknowledged.length < ACKNOWLEDGED_BEFORE_KILL && Date.now() < killBy) await sleep(5);
    const refusedBeforeKill = recorder.errors.filter((error) => error.status !== 0);
    stop = true;
    await first.kill();
    await load;
    const acknowledgedAtKill = [...acknowledged];
    expect(refusedBeforeKill).toEqual([]);
    expect(acknowledgedAtKill.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    // Every acknowledged command has its events; every chain verifies.
    const streams = await readEverything(dataDir);
    const expected = new Map<string, number>();
    for (const { streamId, eventType } of acknowledgedAtKill) {
      const key = `${streamId} ${eventType}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    for (const [key, count] of expected) {
      const [streamId, eventType] = key.split(' ') as [string, string];
      const recorded = (streams.get(streamId) ?? []).filter((event) => event.type === eventType);
      expect({ key, recorded: recorded.length >= count }).toEqual({ key, recorded: true });
    }
    for (const [streamId, events] of streams) {
      expect({ streamId, ...verifyChain(events) }).toEqual({ streamId, valid: true, problems: [] });
    }

    // Restart: the same data, a new process.
    const second = await startServerProcess({ mode: 'source', dataDir, env });
    let restarted: Awaited<ReturnType<typeof views>>;
    let caseIds: string[];
    let claimIds: string[];
    try {
      // No photo file half written: temporary files of the dead process are gone, every blob is whole.
      const files = blobFiles(dataDir);
      expect(files.filter((file) => file.name.endsWith('.tmp'))).toEqual([]);
      for (const file of files.filter((candidate) => !candidate.name.endsWith('.type'))) {
        const bytes = readFileSync(file.path);
        if (/^[0-9a-f]{64}$/.test(file.name)) {
          expect({ file: file.name, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({
            file: file.name,
            sha256: file.name,
          });
        } else {
          await expect(sharp(bytes, { failOn: 'truncated' }).raw().toBuffer()).resolves.toBeInstanceOf(Buffer);
        }
      }
      // Every recorded photo has its original and both derivatives.
      const names = new Set(files.map((file) => file.name));
      for (const event of [...streams.values()].flat().filter((recorded) => recorded.type === 'PhotoAttached')) {
        const { sha256 } = event.data as { sha256: string };
        expect(
          [sha256, `${sha256}.preview.jpg`, `${sha256}.thumbnail.webp`].filter((name) => !names.has(name)),
        ).toEqual([]);
      }
      await quiet(second);
      const settled = await readEverything(dataDir);
      caseIds = [...settled.keys()].filter((id) => id.startsWith('case-')).map((id) => id.slice('case-'.length));
      claimIds = [...settled.keys()].filter((id) => id.startsWith('claim-')).map((id) => id.slice('claim-'.length));
      expect(caseIds.length).toBeGreaterThan(4);
      restarted = await views(second, caseIds, claimIds);
    } finally {
      await second.stop();
    }

    // A clean rebuild: only the events (and the key that signs the development tokens).
    const rebuildDir = mkdtempSync(join(tmpdir(), 'qc-rebuild-'));
    copyFileSync(join(dataDir, 'events.sqlite'), join(rebuildDir, 'events.sqlite'));
    copyFileSync(join(dataDir, 'dev-auth.secret'), join(rebuildDir, 'dev-auth.secret'));
    const rebuilt = await startServerProcess({ mode: 'source', dataDir: rebuildDir, env: { PAYMENT_GATEWAY: 'none' } });
    try {
      await quiet(rebuilt);
      expect(await views(rebuilt, caseIds, claimIds)).toEqual(restarted);
    } finally {
      await rebuilt.stop();
    }
  });
});
