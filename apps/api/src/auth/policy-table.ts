import { POLICY, type EndpointPolicy } from './policy';

/**
 * The policy as the Markdown table docs/security.md shows; a unit test keeps the two identical,
 * so the document cannot drift from what the guard enforces.
 */
export function policyTableMarkdown(policy: Readonly<Record<string, EndpointPolicy>> = POLICY): string {
  const rows = Object.entries(policy).map(([key, row]) => {
    const [method, path] = key.split(' ') as [string, string];
    const roles = row.roles === 'public' ? 'anyone (no token)' : row.roles.join(', ');
    const object = row.object ? `${row.object.kind} (${row.object.source}): ${row.object.rules.join(', ')}` : '—';
    const body = { none: 'none', json: 'JSON', multipart: 'multipart' }[row.body];
    return `| \`${method} ${path.replace(/:(\w+)/g, '{$1}')}\` | ${roles} | ${object} | ${row.limit ?? '—'} | ${body} |`;
  });
  return [
    '| endpoint | roles (others: 403) | object (read from): rules, in order | rate limit | body |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
