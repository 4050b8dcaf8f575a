import { EventStoreUnavailableError } from '@quickclaim/platform';
import {
  auditEventStore,
  checkpointSignatureProblem,
  describeProblem,
  parseSignedCheckpoint,
  verifyAgainstCheckpoint,
  type AuditReport,
} from '@quickclaim/platform/eventsourcing';
import { auditConfig as auditPiece } from '@quickclaim/platform/config/audit';
import { deploymentConfig } from '@quickclaim/platform/config/deployment';
import { ConfigError } from '@quickclaim/platform/config/piece';
import { ProgressBar, startCommand, type CommandIo } from '@quickclaim/platform/ops';
import { blobStoreConfig } from '@quickclaim/platform/config/blob-store';
import { dataDirConfig } from '@quickclaim/platform/config/data-dir';
import { eventStoreConfig } from '@quickclaim/platform/config/event-store';
import type { Environment } from '@quickclaim/platform/config/piece';
import { openStores, type Stores } from '@quickclaim/platform/stores';
import { auditCase, photoReferences } from '@quickclaim/accident-case';
import { readFileSync } from 'node:fs';
import { trustedPublicKey } from '../audit/signing-key';
import { parseArgs } from 'node:util';

export type CliIo = CommandIo;

const USAGE = `usage: npm run audit -- verify [--all | --case <caseId> | --checkpoint <file> [--public-key <file>]] [--json]
  Verifies the hash chain of every stream (or of one case: its stream and its claims'), that no
  event was deleted, and that every photo original still hashes to the SHA-256 its event recorded.
  --checkpoint: checks a signed checkpoint's signature (against --public-key, else the configured
  AUDIT_SIGNING_KEY's) and proves that no event at or before it changed or went missing.
  Exit code: 0 intact, 1 problems found, 2 usage or configuration error. Uses the same
  configuration as the server (DATA_DIR, EVENT_STORE, EVENTSTORE_URL, BLOB_STORE, MONGODB_URL,
  AUDIT_SIGNING_KEY, AUDIT_SIGNING_KEY_FILE).`;

type Scope =
  { kind: 'all' } | { kind: 'case'; caseId: string } | { kind: 'checkpoint'; file: string; publicKey?: string };

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
    let report: AuditReport;
    try {
      report = await verify(parsed.scope, stores, config, io);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
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
  return {
    ...dataDirConfig(env),
    ...eventStoreConfig(env),
    ...blobStoreConfig(env),
    ...auditPiece(env, deploymentConfig(env).production),
  };
}

async function verify(
  scope: Scope,
  { eventStore, blobStore }: Pick<Stores, 'eventStore' | 'blobStore'>,
  config: ReturnType<typeof auditConfig>,
  io: CliIo,
): Promise<AuditReport> {
  const options = { blobs: blobStore, contentReferences: photoReferences };
  if (scope.kind === 'case') {
    return auditCase(eventStore, scope.caseId, {
      blobs: blobStore,
      trustedKey: trustedPublicKey(config.auditKey, config.dataDir),
    });
  }
  if (scope.kind === 'checkpoint') return verifyCheckpointFile(scope, eventStore, config);
  const bar = new ProgressBar({ label: 'audit', unit: 'events', output: io.stderr });
  const report = await auditEventStore(eventStore, {
    ...options,
    onProgress: ({ events, position, head }) => bar.update(events, Math.max(events, events + head - position)),
  });
  bar.finish();
  return report;
}

/** A checkpoint kept outside the platform, checked against the store as it is now. */
async function verifyCheckpointFile(
  scope: Extract<Scope, { kind: 'checkpoint' }>,
  eventStore: Stores['eventStore'],
  config: ReturnType<typeof auditConfig>,
): Promise<AuditReport> {
  let parsed;
  try {
    parsed = parseSignedCheckpoint(JSON.parse(readFileSync(scope.file, 'utf8')));
  } catch {
    throw new ConfigError(`--checkpoint: cannot read JSON from ${scope.file}`);
  }
  if (typeof parsed === 'string') throw new ConfigError(`--checkpoint: ${scope.file} is ${parsed}`);
  const trusted = trustedPublicKey(config.auditKey, config.dataDir, scope.publicKey);
  const signature = checkpointSignatureProblem(parsed, trusted);
  if (signature) {
    return {
      streams: 0,
      events: 0,
      blobs: 0,
      problems: [{ kind: 'chain', streamId: scope.file, problem: signature }],
    };
  }
  const proof = await verifyAgainstCheckpoint(eventStore, parsed.checkpoint);
  return { streams: proof.streams, events: proof.events, blobs: 0, problems: proof.problems };
}

function summary(report: AuditReport): string {
  const verdict = report.problems.length === 0 ? 'intact' : `${report.problems.length} problem(s)`;
  return `Audited ${report.events} events in ${report.streams} streams and ${report.blobs} photo originals: ${verdict}\n`;
}

const VERIFY_OPTIONS = {
  all: { type: 'boolean' },
  case: { type: 'string' },
  checkpoint: { type: 'string' },
  'public-key': { type: 'string' },
  json: { type: 'boolean' },
} as const;

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
  let publicKey: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'case') {
      if (!token.value || token.value.startsWith('-')) return '--case needs a case id';
      scope = { kind: 'case', caseId: token.value };
    } else if (token.kind === 'option' && token.name === 'checkpoint') {
      if (!token.value || token.value.startsWith('-')) return '--checkpoint needs a file';
      scope = { kind: 'checkpoint', file: token.value };
    } else if (token.kind === 'option' && token.name === 'public-key') {
      if (!token.value || token.value.startsWith('-')) return '--public-key needs a file';
      publicKey = token.value;
    } else if (token.kind === 'option' && token.name === 'all' && token.value === undefined) {
      scope = { kind: 'all' };
    } else if (token.kind === 'option' && token.name === 'json' && token.value === undefined) {
      json = true;
    } else {
      return `unknown option "${rest[token.index]}"`;
    }
  }
  if (publicKey !== undefined) {
    if (scope.kind !== 'checkpoint') return '--public-key goes with --checkpoint';
    scope = { ...scope, publicKey };
  }
  return { scope, json };
}
