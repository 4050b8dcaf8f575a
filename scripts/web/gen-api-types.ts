import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { API_TYPES_FILES, generateApiTypes } from './api-types';

/**
 * `npm run gen:api-types` writes docs/openapi.json and the web consoles' schema.d.ts from what the
 * API serves at /docs-json; `--check` (a step of `npm test`) only fails when the committed files
 * differ from that.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const files = await generateApiTypes();
  const names = Object.keys(API_TYPES_FILES) as (keyof typeof API_TYPES_FILES)[];
  if (values.check) {
    const stale = names.filter((name) => {
      const file = API_TYPES_FILES[name];
      return !existsSync(file) || readFileSync(file, 'utf8') !== files[name];
    });
    for (const name of stale) {
      process.stderr.write(
        `${relative(process.cwd(), API_TYPES_FILES[name])} differs from what the API generates: run \`npm run gen:api-types\` and commit the result\n`,
      );
    }
    if (stale.length === 0) process.stdout.write('api types: docs/openapi.json and schema.d.ts match the API\n');
    return stale.length === 0 ? 0 : 1;
  }
  for (const name of names) {
    writeFileSync(API_TYPES_FILES[name], files[name]);
    process.stdout.write(`wrote ${relative(process.cwd(), API_TYPES_FILES[name])}\n`);
  }
  return 0;
}

// Exits explicitly: the API it booted may leave a timer or a worker thread behind after close.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
