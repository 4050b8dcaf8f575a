import type { Role } from '@quickclaim/http';
import { ENDPOINTS } from '../api-routes';
import { policyProblems } from './policy-coverage';

/** A route as the start-up check finds it: its key, where it is, the endpoint it declares, and its decorators. */
const route = (key: string, where: string, declaredPublic: boolean, declaredRoles?: Role[]) => ({
  key,
  where,
  endpoint: ENDPOINTS.find((candidate) => candidate.key === key)!,
  declaredPublic,
  ...(declaredRoles ? { declaredRoles } : {}),
});

describe('policy coverage', () => {
  it('names a route without a row, with the row to add', () => {
    const problems = policyProblems([
      { key: 'GET /desk/history', where: 'DeskHistory.list', declaredPublic: false, declaredRoles: ['officer'] },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("'GET /desk/history': { roles: ['officer'], body: 'none' }");
  });

  it('names a declaration that disagrees with its row', () => {
    expect(
      policyProblems([
        route('GET /desk/queue', 'Desk.queue', false, ['officer', 'driver']),
        route('GET /cases/:caseId', 'Cases.get', true),
      ]),
    ).toEqual([
      expect.stringContaining('declares @Roles(driver,officer) but its policy row allows officer'),
      expect.stringContaining('is declared @Public but its policy row asks for a token'),
    ]);
  });

  it('accepts declarations that agree, and routes that declare nothing', () => {
    expect(
      policyProblems([
        route('GET /desk/queue', 'Desk.queue', false, ['officer']),
        route('GET /health', 'Ops.health', true),
        route('GET /me/cases', 'Cases.mine', false),
      ]),
    ).toEqual([]);
  });

  it('gives every row that names an object a rule to pass, and every limited row a token to ask for', () => {
    for (const { key, policy: row } of ENDPOINTS) {
      if (row.object) expect({ key, rules: row.object.rules.length > 0 }).toEqual({ key, rules: true });
      if (row.limit) expect({ key, public: row.roles === 'public' }).toEqual({ key, public: false });
    }
  });
});
