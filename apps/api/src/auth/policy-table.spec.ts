import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyTableMarkdown } from './policy-table';

describe('the policy table in docs/security.md', () => {
  it('is the policy the guard enforces (regenerate it with policyTableMarkdown() when a row changes)', () => {
    const document = readFileSync(join(__dirname, '../../../../docs/security.md'), 'utf8');
    expect(document).toContain(policyTableMarkdown());
  });
});
