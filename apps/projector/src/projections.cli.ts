import { SystemClock, type Clock } from '@quickclaim/platform';
import { ProjectionRunner, UnknownProjectionError } from '@quickclaim/platform/eventsourcing';
import { ProgressBar, startCommand, type CommandIo } from '@quickclaim/platform/ops';
import { readModels } from '@quickclaim/read-side';
import { parseArgs } from 'node:util';
import { openStores } from '@quickclaim/platform/stores';
import { PROJECTOR_STORES } from './projector.app';
import { loadProjectorConfig } from './projector.config';

export interface CliIo extends CommandIo {
  clock?: Clock;
}

const USAGE = `usage: npm run projections -- list
       npm run projections -- rebuild <name>... | --all
  list: each read model's checkpoint, lag and recorded failures.
  rebuild: replays every event into a fresh copy of the read model and swaps it in once caught up;
  the live copy keeps serving meanwhile. With READ_STORE=mongodb (MONGODB_URL) this rebuilds the
  copy the API and the projector use; with the in-memory default it replays into a throwaway copy
  (a check of the projections and their speed): the API's own copy is rebuilt with
  POST /admin/projections/{name}/rebuild. Exit code: 0 done, 1 failures recorded or not swapped
  in, 2 usage or configuration error. Reads DATA_DIR, EVENT_STORE, EVENTSTORE_URL, READ_STORE,
  MONGODB_URL and TIME_ZONE like the server.`;

type Command = { kind: 'list' } | { kind: 'rebuild'; names: string[] | 'all' };

/** `projections list | rebuild`: for operators, and for CI against a copy of production data. */
export async function runProjectionsCli(argv: readonly string[], io: CliIo): Promise<number> {
  const started = startCommand(io, USAGE, parse(argv), loadProjectorConfig);
  if (!started) return 2;
  const { args: command, config } = started;
  const stores = await openStores(config, PROJECTOR_STORES);
  const runner = new ProjectionRunner(stores.eventStore, stores.readStore, readModels(config), {
    clock: io.clock ?? new SystemClock(),
    batchSize: Math.max(config.batchSize, 1000),
  });
  try {
    await runner.follow();
    if (command.kind === 'list') {
      if (config.readStore === 'memory') {
        io.stderr.write(
          'READ_STORE=memory: the API keeps its read models in its own memory; GET /admin/projections shows them\n',
        );
        return 0;
      }
      return await list(runner, io);
    }
    if (config.readStore === 'memory') {
      io.stderr.write(
        'READ_STORE=memory: replaying into a throwaway copy; the running API rebuilds its own with POST /admin/projections/{name}/rebuild\n',
      );
    }
    const names = command.names === 'all' ? runner.projections.map((projection) => projection.name) : command.names;
    let code = 0;
    for (const name of names) code = Math.max(code, await rebuild(runner, name, io));
    return code;
  } finally {
    await stores.close();
  }
}

async function list(runner: ProjectionRunner, io: CliIo): Promise<number> {
  const rows = (await runner.states()).map((state) => [
    state.name,
    String(state.generation),
    String(state.position),
    String(state.lag),
    String(state.failureCount),
    state.rebuilding ? `copy ${state.rebuilding.generation} at ${state.rebuilding.position}` : '',
  ]);
  const header = ['projection', 'copy', 'position', 'lag', 'failures', 'rebuilding'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) {
    io.stdout.write(
      `${row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  }
  return 0;
}

async function rebuild(runner: ProjectionRunner, name: string, io: CliIo): Promise<number> {
  const bar = new ProgressBar({ label: `rebuild ${name}`, unit: 'events', output: io.stderr });
  try {
    const result = await runner.rebuild(name, ({ events, position, head }) =>
      bar.update(events, Math.max(events, events + head - position)),
    );
    bar.finish();
    io.stdout.write(
      `rebuilt ${name}: ${result.events} events in ${result.seconds.toFixed(1)} s (${Math.round(result.eventsPerSecond)} events/s), ` +
        (result.swapped
          ? `swapped in at position ${result.position}`
          : 'not swapped in: another rebuild replaced the copy meanwhile') +
        `; ${result.failures} event(s) could not be applied\n`,
    );
    return result.swapped && result.failures === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UnknownProjectionError)) throw error;
    const known = runner.projections.map((projection) => projection.name).join(', ');
    io.stderr.write(`${error.message}; the read models are: ${known}\n`);
    return 2;
  }
}

function parse(argv: readonly string[]): Command | string {
  const [command, ...rest] = argv;
  if (command !== 'list' && command !== 'rebuild') return command ? `unknown command "${command}"` : 'missing command';
  // parseArgs reads the words; what each command accepts is checked here.
  const { tokens } = parseArgs({
    args: rest,
    options: { all: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (command === 'list') return tokens.length === 0 ? { kind: 'list' } : `unexpected "${rest[0]}"`;
  const unknown = tokens.find(
    (token) => token.kind !== 'positional' && !(token.kind === 'option' && token.name === 'all' && !token.value),
  );
  if (unknown) return `unknown option "${rest[unknown.index]}"`;
  const names = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  if (tokens.some((token) => token.kind === 'option'))
    return names.length === 0 ? { kind: 'rebuild', names: 'all' } : '--all takes no names';
  return names.length > 0 ? { kind: 'rebuild', names } : 'rebuild needs a read model name, or --all';
}
