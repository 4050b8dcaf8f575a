import { isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** A variable read by name: `env.NAME`, `env['NAME']`, `process.env.NAME`, `const { NAME } = env`. */
export interface EnvRead {
  name: string;
  /** Repository-relative, with forward slashes. */
  file: string;
  line: number;
}

/** A read whose name is computed (`env[variable]`): the scan cannot name it. */
export interface ComputedEnvRead {
  file: string;
  line: number;
  expression: string;
}

/** A package the running code loads (type-only imports are left out: they vanish at compile time). */
export interface PackageImport {
  name: string;
  file: string;
}

export interface SourceScan {
  files: string[];
  reads: EnvRead[];
  computedReads: ComputedEnvRead[];
  packages: PackageImport[];
}

/**
 * Follows the imports that run from the given entry files (relative imports and the
 * `@quickclaim/*` aliases, resolved as tsc resolves them), staying inside `apps/*\/src` and
 * `libs/*\/src`, and collects every environment variable those files read and every package they
 * load. This is what a process started from those entry files can read, found from the sources
 * themselves, so a variable added to the code later is found without anyone listing it.
 */
export function scanProcessSources(root: string, entryFiles: readonly string[]): SourceScan {
  const options = compilerOptions(root);
  const seen = new Set<string>();
  const queue = entryFiles.map((file) => join(root, file));
  const scan: SourceScan = { files: [], reads: [], computedReads: [], packages: [] };
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const relativeFile = relative(root, file).split(sep).join('/');
    scan.files.push(relativeFile);
    const parsed = parseOnce(file, relativeFile);
    scan.reads.push(...parsed.reads);
    scan.computedReads.push(...parsed.computedReads);
    for (const specifier of parsed.imports) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.endsWith('.d.ts')) {
        if (isApplicationSource(relative(root, resolved.resolvedFileName))) queue.push(resolved.resolvedFileName);
      } else if (!specifier.startsWith('.') && !isBuiltin(specifier)) {
        scan.packages.push({ name: packageName(specifier), file: relativeFile });
      }
    }
  }
  scan.files.sort();
  return scan;
}

interface ParsedFile {
  reads: EnvRead[];
  computedReads: ComputedEnvRead[];
  imports: string[];
}

/** Processes share most of their files: each is parsed once per run. */
const parsedFiles = new Map<string, ParsedFile>();

function parseOnce(file: string, relativeFile: string): ParsedFile {
  let parsed = parsedFiles.get(file);
  if (!parsed) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed = { ...collectEnvReads(source, relativeFile), imports: runtimeImports(source) };
    parsedFiles.set(file, parsed);
  }
  return parsed;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const path = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(path, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(path)).options;
}

function isApplicationSource(path: string): boolean {
  const normalized = path.split(sep).join('/');
  return (
    /^(apps|libs)\/[^/]+\/src\//.test(normalized) &&
    !normalized.startsWith('apps/web/') &&
    !/\.(spec|int-spec|e2e-spec)\.ts$/.test(normalized)
  );
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Module specifiers whose code runs: imports and re-exports that are not type-only, require(), import(). */
function runtimeImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyImport(node.importClause)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyExport(node)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        specifiers.push((node.arguments[0] as ts.StringLiteral).text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function isTypeOnlyImport(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // `import 'x'` runs x
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/** `env`, or anything ending in `.env`: `process.env`, `io.env`, `options.env`. */
function isEnvironment(node: ts.Expression): boolean {
  return (
    (ts.isIdentifier(node) && node.text === 'env') || (ts.isPropertyAccessExpression(node) && node.name.text === 'env')
  );
}

const VARIABLE = /^[A-Z][A-Z0-9_]*$/;

function collectEnvReads(source: ts.SourceFile, file: string): Pick<SourceScan, 'reads' | 'computedReads'> {
  const scan: Pick<SourceScan, 'reads' | 'computedReads'> = { reads: [], computedReads: [] };
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && isEnvironment(node.expression) && VARIABLE.test(node.name.text)) {
      scan.reads.push({ name: node.name.text, file, line: lineOf(node) });
    } else if (ts.isElementAccessExpression(node) && isEnvironment(node.expression)) {
      const argument = node.argumentExpression;
      if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
        scan.reads.push({ name: argument.text, file, line: lineOf(node) });
      } else {
        scan.computedReads.push({ file, line: lineOf(node), expression: node.getText(source) });
      }
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer &&
      isEnvironment(node.initializer)
    ) {
      for (const element of node.name.elements) {
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) {
          scan.reads.push({ name: key.text, file, line: lineOf(element) });
        } else {
          scan.computedReads.push({ file, line: lineOf(element), expression: element.getText(source) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return scan;
}
