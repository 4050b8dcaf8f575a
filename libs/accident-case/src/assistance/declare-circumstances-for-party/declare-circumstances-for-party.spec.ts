import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { at } from '../../domain/case.fixtures';
import { ASSISTANT, awaitingConfirmations, confirmedByCode, filed } from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const declare = (situations: string[], note?: string): CaseCommand => ({
  type: 'DeclareCircumstancesForParty',
  assistantId: ASSISTANT,
  party: 'A',
  situations,
  ...(note ? { note } : {}),
  now: at(2),
});

describe('DeclareCircumstancesForParty: the assistant declares what a party says happened', () => {
  it('records the party’s situations on their behalf', () => {
    spec
      .given(filed)
      .when(declare(['S01', 'S01'], 'hit B from behind'))
      .then([
        {
          type: 'CircumstancesDeclared',
          data: { party: 'A', situations: ['S01'], note: 'hit B from behind', declaredAt: at(2), onBehalfOf: 'A' },
        },
      ]);
  });

  it('refuses codes outside S01–S21, and a case whose liability is final', () => {
    spec
      .given(filed)
      .when(declare(['S99']))
      .thenThrows(Refused, refusedWith('UNKNOWN_SITUATION'));
    spec
      .given([...awaitingConfirmations(), confirmedByCode('A'), confirmedByCode('B', 5), finalized()])
      .when(declare(['S01']))
      .thenThrows(Refused, refusedWith('INVALID_CASE_STATUS'));
  });
});

function finalized() {
  return {
    type: 'LiabilityFinalized' as const,
    data: {
      allocation: { A: 'FULL' as const, B: 'NONE' as const },
      basis: 'AGREEMENT' as const,
      decidedAt: at(5),
      finalizedAt: at(5),
    },
  };
}
