import type { CaseCommand } from '../../domain/case.commands';
import {
  at,
  awaitingPolice,
  DRIVER_B,
  joined,
  reported,
  spec,
  STRANGER,
  thenRefused,
} from '../../domain/case.fixtures';

describe('DeclareCircumstances', () => {
  const declare = (situations: string[], driverId = DRIVER_B): CaseCommand => ({
    type: 'DeclareCircumstances',
    situations,
    driverId,
    now: at(3),
  });

  it('records up to 3 standard situations, without duplicates', () => {
    spec
      .given([reported, joined])
      .when(declare(['S01', 'S02', 'S01']))
      .then([{ type: 'CircumstancesDeclared', data: { party: 'B', situations: ['S01', 'S02'], declaredAt: at(3) } }]);
  });

  it('refuses an unknown code', () => thenRefused([reported, joined], declare(['S22']), 'UNKNOWN_SITUATION'));
  it('refuses more than 3', () =>
    thenRefused([reported, joined], declare(['S01', 'S02', 'S03', 'S04']), 'TOO_MANY_SITUATIONS'));
  it('refuses a stranger', () => thenRefused([reported, joined], declare(['S01'], STRANGER), 'CASE_NOT_FOUND'));
  it('refuses while the police decide', () => thenRefused(awaitingPolice(), declare(['S01']), 'INVALID_CASE_STATUS'));
});
