import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readme, readmeWithWhereThingsAre, ROOT } from '../../apps/api/src/docs/where-things-are';

/** `npm run gen:where-things-are` rewrites README.md's list of use cases from the tree. */
writeFileSync(join(ROOT, 'README.md'), readmeWithWhereThingsAre(readme()));
process.stdout.write('wrote README.md: Where things are\n');
