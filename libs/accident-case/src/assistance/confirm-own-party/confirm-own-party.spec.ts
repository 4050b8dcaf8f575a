import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { at, evidence, joined, reported } from '../../domain/case.fixtures';
import type { CaseEvent } from '../../domain/case.events';
import { partyOfDriver } from '../../domain/case.state';
import { awaitingConfirmations, confirmedByCode, hashOf } from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const confirm = (overrides: Partial<Extract<CaseCommand, { type: 'ConfirmOwnParty' }>> = {}): CaseCommand => ({
  type: 'ConfirmOwnParty',
  driverId: 'driver-b',
  party: 'B',
  codeHash: hashOf('B'),
  phone: '13800000002',
  now: at(5),
  ...overrides,
});
const ownPhone = (party: 'A' | 'B', driverId: string, minutes = 5): CaseEvent => ({
  type: 'PartyConfirmed',
  data: { party, method: 'OWN_PHONE', confirmedAt: at(minutes), driverId },
});

describe('ConfirmOwnParty: a party confirms on their own phone, as a driver', () => {
  it('confirms, and makes the driver the party: they follow the case, and act on it as a driver', () => {
    spec
      .given(awaitingConfirmations())
      .when(confirm())
      .then([ownPhone('B', 'driver-b')]);
    const history = [...awaitingConfirmations(), ownPhone('B', 'driver-b')];
    const state = history.reduce(caseDecider.evolve, caseDecider.initialState);
    expect(partyOfDriver(state, 'driver-b')).toBe('B');
    spec
      .given(history)
      .when({ type: 'AttachPhoto', driverId: 'driver-b', photo: evidence('DAMAGE_DETAIL', 50), now: at(6) })
      .then([
        {
          type: 'PhotoAttached',
          data: { ...evidence('DAMAGE_DETAIL', 50), party: 'B', uploadedBy: 'driver-b', attachedAt: at(6) },
        },
      ]);
  });

  it('finalizes liability by agreement when the other party confirmed before', () => {
    spec
      .given([...awaitingConfirmations(), confirmedByCode('A')])
      .when(confirm())
      .then([
        ownPhone('B', 'driver-b'),
        {
          type: 'LiabilityFinalized',
          data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(5), finalizedAt: at(5) },
        },
      ]);
  });

  it('takes a token without a phone, but not one with another phone than the party’s', () => {
    const { phone: _phone, ...withoutPhone } = confirm() as Extract<CaseCommand, { type: 'ConfirmOwnParty' }>;
    spec
      .given(awaitingConfirmations())
      .when(withoutPhone)
      .then([ownPhone('B', 'driver-b')]);
    spec
      .given(awaitingConfirmations())
      .when(confirm({ phone: '13900000009' }))
      .thenThrows(Refused, refusedWith('PARTY_PHONE_MISMATCH'));
  });

  it('records a wrong code as a spent attempt of the party’s own phone', () => {
    spec
      .given(awaitingConfirmations())
      .when(confirm({ codeHash: hashOf('B', '000000') }))
      .then([
        {
          type: 'ConfirmationCodeRejected',
          data: { party: 'B', method: 'OWN_PHONE', attemptsLeft: 4, rejectedAt: at(5) },
        },
      ]);
  });

  it('does not let one driver be both parties, nor take a party another driver holds', () => {
    const history = [...awaitingConfirmations(), ownPhone('B', 'driver-b')];
    spec
      .given(history)
      .when(confirm({ party: 'A', codeHash: hashOf('A'), phone: '13800000001' }))
      .thenThrows(Refused, refusedWith('DRIVER_IS_OTHER_PARTY'));
    spec
      .given(history)
      .when(confirm({ driverId: 'driver-x', phone: '13800000002' }))
      .thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });

  it('is no case on a case drivers reported themselves', () => {
    spec.given([reported, joined]).when(confirm()).thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });
});
