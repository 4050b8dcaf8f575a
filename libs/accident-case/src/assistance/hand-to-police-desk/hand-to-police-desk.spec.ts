import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { OFFICER, assigned, at } from '../../domain/case.fixtures';
import type { CaseEvent } from '../../domain/case.events';
import { ASSISTANT, OTHER_ASSISTANT, filed, photoFor, requiredPhotosFor } from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const handOver = (assistantId = ASSISTANT, minutes = 4): CaseCommand => ({
  type: 'HandToPoliceDesk',
  assistantId,
  now: at(minutes),
});
const requested = (minutes = 4): CaseEvent => ({
  type: 'PoliceDecisionRequested',
  data: {
    requestedBy: 'ASSISTANT',
    requestedAt: at(minutes),
    deadline: at(minutes + 5),
    district: 'yuzhong',
    suggestion: null,
    review: false,
  },
});

describe('HandToPoliceDesk: the assistant hands the case to the desk instead of an agreement', () => {
  it('asks the desk of the district for both parties, with the photos a driver would need', () => {
    spec
      .given([...filed, ...requiredPhotosFor('B')])
      .when(handOver())
      .then([requested()]);
    spec
      .given([...filed, ...requiredPhotosFor(), requested()])
      .when(handOver())
      .thenNothingHappened();
    spec
      .given(filed)
      .when(handOver())
      .thenThrows(Refused, (error) => {
        expect(error.code).toBe('REQUIRED_PHOTOS_MISSING');
        expect(error.details).toHaveLength(3);
      });
  });

  it('hands it back with the photos the officer asked for', () => {
    const askedForPlate: CaseEvent = {
      type: 'EvidenceRequested',
      data: { officerId: OFFICER.officerId, kinds: ['PLATE'], note: 'the plate of B', requestedAt: at(6) },
    };
    const history = [...filed, ...requiredPhotosFor(), requested(), assigned(OFFICER.officerId, 5), askedForPlate];
    spec.given(history).when(handOver(ASSISTANT, 7)).thenThrows(Refused, refusedWith('REQUESTED_EVIDENCE_MISSING'));
    spec
      .given([...history, photoFor('B', 'PLATE', 7)])
      .when(handOver(ASSISTANT, 8))
      .then([requested(8)]);
  });

  it('is no case at all to another assistant', () => {
    spec
      .given([...filed, ...requiredPhotosFor()])
      .when(handOver(OTHER_ASSISTANT))
      .thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });
});
