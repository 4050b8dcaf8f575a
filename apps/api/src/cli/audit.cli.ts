import { EventStoreUnavailableError } from '@quickclaim/platform';
import { auditEventStore, auditStream, describeProblem, type AuditReport } from '@quickclaim/platform/eventsourcing';
import { ProgressBar, startCommand, type CommandIo } from '@quickclaim/platform/ops';
import { blobStoreConfig } from '@quickclaim/platform/config/blob-store';
import { dataDirConfig } from '@quickclaim/platform/config/data-dir';
import { eventStoreConfig } from '@quickclaim/platform/config/event-store';
import type { Environment } from '@quickclaim/platform/config/piece';
import { openStores, type Stores } from '@quickclaim/platform/stores';
import { caseStreamId, photoReferences } from '@quickclaim/accident-case';
import { parseArgs } from 'node:util';

export type CliIo = CommandIo;

const USAGE = `usage: npm run audit -- verify [--all | --case <caseId>] [--json]
  Verifies the hash chain of every stream (or one case), that no event was deleted, and that every
  photo original still hashes to the SHA-256 its event recorded. Exit code: 0 intact, 1 problems
  found, 2 usage or configuration error. Uses the same configuration as the server (DATA_DIR,
  EVENT_STORE, EVENTSTORE_URL, BLOB_STORE, MONGODB_URL).`;

type Scope = { kind: 'all' } | { kind: 'case'; caseId: string };

/** `audit verify`: run by auditors and by CI against a copy of production data. */
export async function runAuditCli(argv: readonly string[], io: CliIo): Promise<number> {
  const started = startCommand(io, USAGE, parseArguments(argv), auditConfig);
  if (!started) return 2;
  const { args: parsed, config } = started;
  let stores;
  try {
    stores = await openStores(config, ['eventStore', 'blobStore']);
  } catch (error) {
    if (!(error instanceof EventStoreUnavailableError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  try {
    const report = await verify(parsed.scope, stores, io);
    if (parsed.json) {
      io.stdout.write(`${JSON.stringify({ ...report, intact: report.problems.length === 0 })}\n`);
    } else {
      io.stdout.write(summary(report));
      for (const problem of report.problems) io.stdout.write(`${describeProblem(problem)}\n`);
    }
    return report.problems.length === 0 ? 0 : 1;
  } finally {
    await stores.close();
  }
}

/** What the audit needs of the server's configuration: where the events and the photo originals are. */
function auditConfig(env: Environment) {
  return { ...dataDirConfig(env), ...eventStoreConfig(env), ...blobStoreConfig(env) };
}

async function verify(
  scope: Scope,
  { eventStore, blobStore }: Pick<Stores, 'eventStore' | 'blobStore'>,
  io: CliIo,
): Promise<AuditReport> {
  const options = { blobs: blobStore, contentReferences: photoReferences };
  if (scope.kind === 'case') return auditStream(eventStore, caseStreamId(scope.caseId), options);
  const bar = new ProgressBar({ label: 'audit', unit: 'events', output: io.stderr });
  const report = await auditEventStore(eventStore, {
    ...options,
    onProgress: ({ events, position, head }) => bar.update(events, Math.max(events, events + head - position)),
  });
  bar.finish();
  return report;
}

function summary(report: AuditReport): string {
  const verdict = report.problems.length === 0 ? 'intact' : `${report.problems.length} problem(s)`;
  return `Audited ${report.events} events in ${report.streams} streams and ${report.blobs} photo originals: ${verdict}\n`;
}

const VERIFY_OPTIONS = { all: { type: 'boolean' }, case: { type: 'string' }, json: { type: 'boolean' } } as const;

function parseArguments(argv: readonly string[]): { scope: Scope; json: boolean } | string {
  const [command, ...rest] = argv;
  if (command !== 'verify') return command ? `unknown command "${command}"` : 'missing command';
  // parseArgs reads the words (`--case k1`, `--case=k1`); what they may say is checked here, word by word.
  const { tokens } = parseArgs({
    args: rest,
    options: VERIFY_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let scope: Scope = { kind: 'all' };
  let json = false;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'case') {
      if (!token.value || token.value.startsWith('-')) return '--case needs a case id';
      scope = { kind: 'case', caseId: token.value };
    } else if (token.kind === 'option' && token.name === 'all' && token.value === undefined) {
      scope = { kind: 'all' };
    } else if (token.kind === 'option' && token.name === 'json' && token.value === undefined) {
      json = true;
    } else {
      return `unknown option "${rest[token.index]}"`;
    }
  }
  return { scope, json };
}
