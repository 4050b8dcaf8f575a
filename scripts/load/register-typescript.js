/**
 * Lets a child process run the TypeScript sources directly (the crash tests start the server
 * this way, so they need no build): each file is transpiled on its own, as the project is written
 * for isolatedModules and ts-jest does in jest, and cached by content under the temporary folder.
 * The @quickclaim/* aliases resolve through tsconfig-paths, as in `npm run start:prod`.
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const ts = require('typescript');

const root = resolve(__dirname, '..', '..');
const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true, inlineSources: false };
const cache = join(tmpdir(), 'quickclaim-ts-cache', ts.version);
mkdirSync(cache, { recursive: true });

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha256').update(filename).update('\0').update(source).digest('hex');
  const cached = join(cache, `${key}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText;
    writeFileSync(`${cached}.${process.pid}`, output);
    require('node:fs').renameSync(`${cached}.${process.pid}`, cached);
  }
  module._compile(output, filename);
};

require('tsconfig-paths').register({ baseUrl: root, paths: options.paths ?? {} });
