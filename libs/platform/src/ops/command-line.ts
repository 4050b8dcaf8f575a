import { commandConfiguration } from './command-configuration';
import type { ProgressOutput } from './progress-bar';

/** Where an operator's command writes and what it reads its configuration from. */
export interface CommandIo {
  stdout: ProgressOutput;
  stderr: ProgressOutput;
  env: NodeJS.ProcessEnv;
}

/**
 * How an operator's command starts: its parsed arguments (a string says what is wrong with them,
 * followed by the usage) and its configuration, loaded from the environment and checked
 * (commandConfiguration). Null once it told
 * the operator why it stops; the command then exits with code 2.
 */
export function startCommand<Args, Config extends { dataDir: string; eventStore: string }>(
  io: CommandIo,
  usage: string,
  args: Args | string,
  load: (env: NodeJS.ProcessEnv) => Config,
): { args: Args; config: Config } | null {
  if (typeof args === 'string') {
    io.stderr.write(`${args}\n${usage}\n`);
    return null;
  }
  const config = commandConfiguration(() => load(io.env));
  if (typeof config === 'string') {
    io.stderr.write(`${config}\n`);
    return null;
  }
  return { args, config };
}

/** Runs a command as this process: its answer is the exit code; a crash is told and exits with 2. */
export function runAsProcess(name: string, run: (argv: readonly string[], io: CommandIo) => Promise<number>): void {
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
