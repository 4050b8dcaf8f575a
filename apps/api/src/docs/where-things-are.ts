import { endpointsOf, type Endpoint } from '@quickclaim/http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root, where README.md and libs/ are. */
export const ROOT = join(__dirname, '..', '..', '..', '..');
const LIBS = join(ROOT, 'libs');
const MARKERS = ['<!-- where-things-are:start -->', '<!-- where-things-are:end -->'] as const;

/** A use case as the tree holds it: `libs/<context>/src/<sub-process>/<use-case>/`. */
export interface UseCaseFolder {
  context: string;
  subProcess: string;
  /** Null for a use case directly under its context (`audit/route.ts`), which `subProcess` then names. */
  useCase: string | null;
  folder: string;
  /** Its pure decision, when it is a command. */
  decides: boolean;
  /** What its `route.ts` serves, when it has one. */
  endpoints: Endpoint[];
}

const isDirectory = (path: string) => statSync(path).isDirectory();
const subfolders = (path: string) =>
  readdirSync(path)
    .filter((name) => isDirectory(join(path, name)))
    .sort();

/**
 * Every use case in the tree: each folder under a context's sub-process that holds a decision
 * (`decide.ts`) or a route (`route.ts`), and each sub-process that holds a route itself.
 */
export function useCaseFolders(): UseCaseFolder[] {
  const found: UseCaseFolder[] = [];
  for (const context of subfolders(LIBS)) {
    const source = join(LIBS, context, 'src');
    if (!existsSync(source)) continue;
    for (const subProcess of subfolders(source)) {
      for (const useCase of [null, ...subfolders(join(source, subProcess))]) {
        const folder = useCase ? join(source, subProcess, useCase) : join(source, subProcess);
        const decides = existsSync(join(folder, 'decide.ts'));
        const route = join(folder, 'route.ts');
        if (!decides && !existsSync(route)) continue;
        found.push({
          context,
          subProcess,
          useCase,
          folder,
          decides,
          endpoints: existsSync(route) ? servedBy(route) : [],
        });
      }
    }
  }
  return found;
}

/** The endpoints the route classes a `route.ts` exports declare with `@Route`. */
function servedBy(route: string): Endpoint[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the tree decides which files exist
  const exported = Object.values(require(route) as Record<string, unknown>);
  return endpointsOf(exported.filter((value): value is new () => unknown => typeof value === 'function'));
}

/** The list README.md shows under "Where things are". */
export function whereThingsAreMarkdown(folders: readonly UseCaseFolder[] = useCaseFolders()): string {
  const rows = folders.map(({ context, subProcess, useCase, folder, endpoints }) => {
    const link = `[${useCase ?? subProcess}](${relative(ROOT, folder)}/)`;
    const served = endpoints.map(({ method, path }) => `\`${method} ${path}\``).join(', ');
    // A use case directly under its context (`audit/`, documents' folders) belongs to no sub-process.
    return `| ${context} | ${useCase ? subProcess : '—'} | ${link} | ${served || '— (no route of its own: a process or a shared route sends it)'} |`;
  });
  return [
    MARKERS[0],
    '| context | sub-process | use case | endpoints |',
    '|---|---|---|---|',
    ...rows,
    MARKERS[1],
  ].join('\n');
}

/** README.md with its "Where things are" list as the tree has it now. */
export function readmeWithWhereThingsAre(readme: string, list = whereThingsAreMarkdown()): string {
  const start = readme.indexOf(MARKERS[0]);
  const end = readme.indexOf(MARKERS[1]);
  if (start < 0 || end < start) throw new Error(`README.md has no ${MARKERS[0]} … ${MARKERS[1]} section`);
  return `${readme.slice(0, start)}${list}${readme.slice(end + MARKERS[1].length)}`;
}

export const readme = () => readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The "Where things are" list README.md shows now, markers included. */
export function whereThingsAreIn(text: string): string {
  return text.slice(text.indexOf(MARKERS[0]), text.indexOf(MARKERS[1]) + MARKERS[1].length);
}
