import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/piece';

/**
 * What an operator's command checks before its work: that its configuration reads, and that the
 * SQLite event store it is to read exists (opening it would create an empty one). A string is
 * what to tell the operator before stopping with exit code 2.
 */
export function commandConfiguration<Config extends { dataDir: string; eventStore: string }>(
  load: () => Config,
): Config | string {
  let config: Config;
  try {
    config = load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return `Configuration error: ${error.message}`;
  }
  const sqliteFile = join(config.dataDir, 'events.sqlite');
  if (config.eventStore === 'sqlite' && !existsSync(sqliteFile)) {
    return `No event store at ${sqliteFile}: set DATA_DIR to the folder the server uses`;
  }
  return config;
}
