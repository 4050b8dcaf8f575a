import type { Endpoint } from '@quickclaim/http';
import { ENDPOINTS } from '../api-routes';

/**
 * The policy as the Markdown table docs/security.md shows; a unit test keeps the two identical,
 * so the document cannot drift from what the guard enforces.
 */
export function policyTableMarkdown(endpoints: readonly Endpoint[] = ENDPOINTS): string {
  const rows = endpoints.map(({ method, path, policy: row }) => {
    const roles = row.roles === 'public' ? 'anyone (no token)' : row.roles.join(', ');
    const object = row.object
      ? `${row.object.kind} (${row.object.source}): ${row.object.rules.map((rule) => rule.name).join(', ')}`
      : '—';
    const body = { none: 'none', json: 'JSON', multipart: 'multipart' }[row.body];
    return `| \`${method} ${path.replace(/:(\w+)/g, '{$1}')}\` | ${roles} | ${object} | ${row.limit ?? '—'} | ${body} |`;
  });
  return [
    '| endpoint | roles (others: 403) | object (read from): rules, in order | rate limit | body |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
