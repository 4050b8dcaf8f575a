import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config';

const ROOT = resolve(__dirname, '..', '..');

/** The committed contract, and the web consoles' types generated from it (ADR 28). */
export const API_TYPES_FILES = {
  openapi: join(ROOT, 'docs', 'openapi.json'),
  schema: join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts'),
} as const;

export type ApiTypesFiles = Record<keyof typeof API_TYPES_FILES, string>;

/**
 * The OpenAPI document exactly as the API serves it at `/docs-json`: the embedded default on a
 * fresh data folder and its own clean environment (so nothing of the caller's shell changes it),
 * on a random loopback port.
 */
export async function servedOpenApi(): Promise<OpenAPI3> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qc-openapi-'));
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, DEADLINE_SWEEP_MS: '0' }), {}, { logger: false });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/docs-json`);
    if (!response.ok) throw new Error(`/docs-json answered ${response.status}`);
    return (await response.json()) as OpenAPI3;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The contents of both files, formatted as Prettier formats the rest of the tree. */
export async function generateApiTypes(): Promise<ApiTypesFiles> {
  const document = await servedOpenApi();
  const schema = astToString(await openapiTS(document));
  const header = '// Generated from /docs-json by `npm run gen:api-types` (scripts/web/api-types.ts): do not edit.\n';
  return {
    openapi: await formatted(API_TYPES_FILES.openapi, JSON.stringify(document)),
    schema: await formatted(API_TYPES_FILES.schema, header + schema),
  };
}

async function formatted(file: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), filepath: file });
}
