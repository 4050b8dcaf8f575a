import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { at } from '../../domain/case.fixtures';
import type { Allocation } from '../../domain/case.types';
import {
  ASSISTANT,
  OTHER_ASSISTANT,
  agreementRecorded,
  codeSent,
  confirmedByCode,
  filed,
} from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const record = (allocation: Allocation, assistantId = ASSISTANT): CaseCommand => ({
  type: 'RecordAgreement',
  assistantId,
  allocation,
  now: at(2),
});

describe('RecordAgreement: the assistant records what the parties negotiated', () => {
  it('records a FULL/NONE allocation, signed by neither party yet', () => {
    spec
      .given(filed)
      .when(record({ A: 'NONE', B: 'FULL' }))
      .then([agreementRecorded({ A: 'NONE', B: 'FULL' })]);
    const state = [...filed, agreementRecorded()].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state.assisted).toEqual({
      allocation: { A: 'FULL', B: 'NONE' },
      recordedBy: ASSISTANT,
      recordedAt: at(2),
      codes: {},
      codesSent: {},
      confirmed: {},
    });
    expect(state.agreement).toBeNull();
  });

  it('refuses what needs the police, and a pair that is not one', () => {
    spec
      .given(filed)
      .when(record({ A: 'MAJOR', B: 'MINOR' }))
      .thenThrows(Refused, refusedWith('AGREEMENT_NEEDS_POLICE'));
    spec
      .given(filed)
      .when(record({ A: 'FULL', B: 'FULL' }))
      .thenThrows(Refused, refusedWith('INVALID_ALLOCATION'));
  });

  it('replaces the agreement, and voids the codes sent for it, while nobody has confirmed', () => {
    const history = [...filed, agreementRecorded(), codeSent('A')];
    spec
      .given(history)
      .when(record({ A: 'NONE', B: 'FULL' }))
      .then([agreementRecorded({ A: 'NONE', B: 'FULL' })]);
    const replaced = [...history, agreementRecorded({ A: 'NONE', B: 'FULL' })].reduce(
      caseDecider.evolve,
      caseDecider.initialState,
    );
    expect(replaced.assisted?.codes).toEqual({});
  });

  it('cannot change an agreement a party confirmed; the same one again changes nothing', () => {
    const history = [...filed, agreementRecorded(), codeSent('A'), confirmedByCode('A')];
    spec
      .given(history)
      .when(record({ A: 'FULL', B: 'NONE' }))
      .thenNothingHappened();
    spec
      .given(history)
      .when(record({ A: 'NONE', B: 'FULL' }))
      .thenThrows(Refused, refusedWith('AGREEMENT_ALREADY_CONFIRMED'));
  });

  it('is no case at all to another assistant', () => {
    spec
      .given(filed)
      .when(record({ A: 'FULL', B: 'NONE' }, OTHER_ASSISTANT))
      .thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });
});
