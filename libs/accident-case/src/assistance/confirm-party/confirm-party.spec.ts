import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { at, partyA } from '../../domain/case.fixtures';
import type { CaseEvent } from '../../domain/case.events';
import {
  ASSISTANT,
  OTHER_ASSISTANT,
  agreementRecorded,
  awaitingConfirmations,
  codeSent,
  confirmedByCode,
  filed,
  hashOf,
} from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const byCode = (party: 'A' | 'B', code = '100001', minutes = 4, assistantId = ASSISTANT): CaseCommand => ({
  type: 'ConfirmParty',
  assistantId,
  party,
  confirmation: { method: 'CODE', codeHash: hashOf(party, code) },
  now: at(minutes),
});
const bySignature = (name: string, phone: string): CaseCommand => ({
  type: 'ConfirmParty',
  assistantId: ASSISTANT,
  party: 'A',
  confirmation: { method: 'SIGNATURE', name, phone },
  now: at(4),
});
const final = (minutes: number): CaseEvent => ({
  type: 'LiabilityFinalized',
  data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(minutes), finalizedAt: at(minutes) },
});

describe('ConfirmParty: a party confirms on the assistant’s device', () => {
  it('with the code of their SMS; liability is final by agreement once both confirmed', () => {
    spec
      .given(awaitingConfirmations())
      .when(byCode('A'))
      .then([confirmedByCode('A')]);
    spec
      .given([...awaitingConfirmations(), confirmedByCode('A')])
      .when(byCode('B', '100001', 5))
      .then([confirmedByCode('B', 5), final(5)]);
    const after = [...awaitingConfirmations(), confirmedByCode('A')].reduce(
      caseDecider.evolve,
      caseDecider.initialState,
    );
    expect(after.assisted?.confirmed).toEqual({ A: { method: 'CODE', confirmedAt: at(4) } });
    expect(Object.keys(after.assisted?.codes ?? {})).toEqual(['B']);
  });

  it('records a wrong code as a spent attempt, and refuses a code tried too often', () => {
    spec
      .given(awaitingConfirmations())
      .when(byCode('A', '999999'))
      .then([
        { type: 'ConfirmationCodeRejected', data: { party: 'A', method: 'CODE', attemptsLeft: 4, rejectedAt: at(4) } },
      ]);
    const fiveWrong: CaseEvent[] = [4, 3, 2, 1, 0].map((attemptsLeft) => ({
      type: 'ConfirmationCodeRejected',
      data: { party: 'A', method: 'CODE', attemptsLeft, rejectedAt: at(4) },
    }));
    spec
      .given([...awaitingConfirmations(), ...fiveWrong])
      .when(byCode('A'))
      .thenThrows(Refused, refusedWith('CONFIRMATION_ATTEMPTS_EXHAUSTED'));
  });

  it('refuses an expired code, a replaced one, and one never sent', () => {
    spec
      .given(awaitingConfirmations())
      .when(byCode('A', '100001', 13))
      .thenThrows(Refused, refusedWith('CONFIRMATION_CODE_EXPIRED'));
    spec
      .given([...awaitingConfirmations(), codeSent('A', 4, '100002')])
      .when(byCode('A', '100001', 5))
      .then([
        { type: 'ConfirmationCodeRejected', data: { party: 'A', method: 'CODE', attemptsLeft: 4, rejectedAt: at(5) } },
      ]);
    spec
      .given([...filed, agreementRecorded()])
      .when(byCode('A'))
      .thenThrows(Refused, refusedWith('NO_CONFIRMATION_CODE'));
  });

  it('by a signature with the party’s name and phone, however they are spaced', () => {
    spec
      .given([...filed, agreementRecorded()])
      .when(bySignature(' 张 三', '+86 138-0000-0001'))
      .then([
        {
          type: 'PartyConfirmed',
          data: { party: 'A', method: 'SIGNATURE', confirmedAt: at(4), signedName: ' 张 三', onBehalfOf: 'A' },
        },
      ]);
    expect(partyA.phone).toBe('13800000001');
  });

  it('refuses a signature that is not the party’s, naming what does not match', () => {
    spec
      .given([...filed, agreementRecorded()])
      .when(bySignature('李四', '13900000009'))
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('SIGNATURE_MISMATCH');
        expect(error.details.map((detail) => detail.field)).toEqual(['name', 'phone']);
      });
  });

  it('confirms a party once, only what was recorded, and only for the assistant who filed it', () => {
    spec
      .given([...awaitingConfirmations(), confirmedByCode('A')])
      .when(byCode('A'))
      .thenThrows(Refused, refusedWith('PARTY_ALREADY_CONFIRMED'));
    spec.given(filed).when(byCode('A')).thenThrows(Refused, refusedWith('NO_AGREEMENT_PROPOSED'));
    spec
      .given(awaitingConfirmations())
      .when(byCode('A', '100001', 4, OTHER_ASSISTANT))
      .thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });
});
