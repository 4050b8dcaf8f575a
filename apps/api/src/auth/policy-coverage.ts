import type { INestApplication } from '@nestjs/common';
import { declaredRoutes, type DeclaredRoute } from './routes';

/**
 * What is wrong between the routes and their policy rows: a route without a row (it would be
 * refused to everyone), a row that names another route than the one it is on, or a route whose
 * @Public/@Roles declaration says something else than its row. The server refuses to start while
 * there is anything.
 */
export function policyProblems(routes: readonly DeclaredRoute[]): string[] {
  const problems: string[] = [];
  for (const route of routes) {
    const row = route.endpoint?.policy;
    if (!row) {
      const roles = route.declaredPublic
        ? `'public'`
        : `[${(route.declaredRoles ?? []).map((role) => `'${role}'`).join(', ')}]`;
      problems.push(
        `${route.key} (${route.where}) has no row in the authorization policy: declare the route with ` +
          `@Route(endpoint({ method, path, …, policy })), e.g. '${route.key}': { roles: ${roles}, body: ` +
          `'${route.key.startsWith('GET ') ? 'none' : 'json'}' }`,
      );
      continue;
    }
    if (route.endpoint && route.endpoint.key !== route.key) {
      problems.push(`${route.key} (${route.where}) carries the policy row of ${route.endpoint.key}`);
    }
    if (route.declaredPublic && row.roles !== 'public') {
      problems.push(`${route.key} (${route.where}) is declared @Public but its policy row asks for a token`);
    }
    if (route.declaredRoles) {
      const declared = [...route.declaredRoles].sort().join(',');
      const allowed = row.roles === 'public' ? 'public' : [...row.roles].sort().join(',');
      if (declared !== allowed) {
        problems.push(
          `${route.key} (${route.where}) declares @Roles(${declared}) but its policy row allows ${allowed}`,
        );
      }
    }
  }
  return problems;
}

export class PolicyCoverageError extends Error {
  constructor(problems: readonly string[]) {
    super(`The authorization policy does not cover the routes:\n- ${problems.join('\n- ')}`);
    this.name = 'PolicyCoverageError';
  }
}

/** Called once the application is built: a route the policy does not know stops the start. */
export function assertPolicyCoversRoutes(app: INestApplication): void {
  const problems = policyProblems(declaredRoutes(app));
  if (problems.length > 0) throw new PolicyCoverageError(problems);
}
