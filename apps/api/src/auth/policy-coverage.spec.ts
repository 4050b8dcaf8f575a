import { ENDPOINTS } from '../api-routes';
import { policyProblems } from './policy-coverage';

const endpoint = (key: string) => ({ endpoint: ENDPOINTS.find((candidate) => candidate.key === key)! });

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
        {
          key: 'GET /desk/queue',
          where: 'Desk.queue',
          ...endpoint('GET /desk/queue'),
          declaredPublic: false,
          declaredRoles: ['officer', 'driver'],
        },
        { key: 'GET /cases/:caseId', where: 'Cases.get', ...endpoint('GET /cases/:caseId'), declaredPublic: true },
      ]),
    ).toEqual([
      expect.stringContaining('declares @Roles(driver,officer) but its policy row allows officer'),
      expect.stringContaining('is declared @Public but its policy row asks for a token'),
    ]);
  });

  it('accepts declarations that agree, and routes that declare nothing', () => {
    expect(
      policyProblems([
        {
          key: 'GET /desk/queue',
          where: 'Desk.queue',
          ...endpoint('GET /desk/queue'),
          declaredPublic: false,
          declaredRoles: ['officer'],
        },
        { key: 'GET /health', where: 'Ops.health', ...endpoint('GET /health'), declaredPublic: true },
        { key: 'GET /me/cases', where: 'Cases.mine', ...endpoint('GET /me/cases'), declaredPublic: false },
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
