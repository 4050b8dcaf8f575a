import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { at } from '../../domain/case.fixtures';
import { addMinutes } from '../../domain/time';
import { ASSISTANT, agreementRecorded, codeSent, confirmedByCode, filed, hashOf } from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const send = (now: string, party: 'A' | 'B' = 'A'): CaseCommand => ({
  type: 'SendConfirmationCode',
  assistantId: ASSISTANT,
  party,
  codeHash: hashOf(party),
  now,
});
const agreed = [...filed, agreementRecorded()];

describe('SendConfirmationCode: a one-time code goes to a party', () => {
  it('records only the code’s hash, when it expires (10 minutes) and how often it may be tried (5)', () => {
    spec
      .given(agreed)
      .when(send(at(3)))
      .then([codeSent('A', 3)]);
  });

  it('needs the agreement first: the party confirms what was recorded', () => {
    spec
      .given(filed)
      .when(send(at(3)))
      .thenThrows(Refused, refusedWith('NO_AGREEMENT_PROPOSED'));
  });

  it('sends another code a minute after the last at the earliest, and five per party at most', () => {
    const sentAt = at(3);
    spec
      .given([...agreed, codeSent('A', 3)])
      .when(send(new Date(Date.parse(sentAt) + 59_000).toISOString()))
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('CONFIRMATION_CODE_TOO_SOON');
        expect(error.message).toContain('1 s');
      });
    spec
      .given([...agreed, codeSent('A', 3)])
      .when(send(at(4)))
      .then([codeSent('A', 4)]);
    spec
      .given([...agreed, codeSent('A', 3)])
      .when(send(at(3), 'B'))
      .then([codeSent('B', 3)]);
    const five = [3, 4, 5, 6, 7].map((minutes) => codeSent('A', minutes));
    spec
      .given([...agreed, ...five])
      .when(send(addMinutes(at(7), 1)))
      .thenThrows(Refused, refusedWith('TOO_MANY_CONFIRMATION_CODES'));
  });

  it('sends none to a party who confirmed already', () => {
    spec
      .given([...agreed, codeSent('A', 3), confirmedByCode('A', 4)])
      .when(send(at(5)))
      .thenThrows(Refused, refusedWith('PARTY_ALREADY_CONFIRMED'));
  });
});
