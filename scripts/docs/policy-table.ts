/**
 * `npm run docs:policy`: rewrites the policy table of docs/security.md from the routes' own rows
 * (the spec apps/api/src/auth/policy-table.spec.ts fails while the two differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyTableMarkdown } from '../../apps/api/src/auth/policy-table';

const path = join(__dirname, '../../docs/security.md');
const document = readFileSync(path, 'utf8');
const table = policyTableMarkdown().replace(/\n$/, '');
const header = table.split('\n')[0]!;
const start = document.indexOf(header);
if (start < 0) throw new Error(`docs/security.md has no policy table starting with: ${header}`);
const rows = document.slice(start).split('\n');
let count = 0;
while (count < rows.length && rows[count]!.startsWith('|')) count += 1;
const end = start + rows.slice(0, count).join('\n').length;
writeFileSync(path, document.slice(0, start) + table + document.slice(end));
console.log(`docs/security.md: policy table of ${table.split('\n').length - 2} routes`);
