import { Refused } from '@quickclaim/kernel';
import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from '../../domain/case.commands';
import { caseDecider } from '../../domain/case.decider';
import { at, evidence, joined, reported } from '../../domain/case.fixtures';
import { ASSISTANT, OTHER_ASSISTANT, filed, photoFor } from '../assistance.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const attach = (overrides: Partial<Extract<CaseCommand, { type: 'AttachPhotoForParty' }>> = {}): CaseCommand => ({
  type: 'AttachPhotoForParty',
  assistantId: ASSISTANT,
  party: 'B',
  photo: evidence('POINT_OF_IMPACT', 7),
  now: at(1),
  ...overrides,
});

describe('AttachPhotoForParty: the assistant photographs for a party', () => {
  it('attaches it as the party’s, uploaded by the assistant, on their behalf', () => {
    spec
      .given(filed)
      .when(attach())
      .then([
        {
          type: 'PhotoAttached',
          data: {
            ...evidence('POINT_OF_IMPACT', 7),
            party: 'B',
            uploadedBy: ASSISTANT,
            attachedAt: at(1),
            onBehalfOf: 'B',
          },
        },
      ]);
  });

  it('keeps a driver’s rules: the same photo again is done, the same bytes refused', () => {
    const attached = photoFor('A', 'PLATE');
    if (attached.type !== 'PhotoAttached') throw new Error('a photo');
    const { party: _party, uploadedBy: _by, attachedAt: _at, onBehalfOf: _for, ...photo } = attached.data;
    spec
      .given([...filed, attached])
      .when(attach({ photo }))
      .thenNothingHappened();
    spec
      .given([...filed, attached])
      .when(attach({ photo: { ...photo, photoId: 'another' } }))
      .thenThrows(Refused, refusedWith('PHOTO_ALREADY_ATTACHED'));
  });

  it('is no case at all to another assistant, or on a case drivers reported', () => {
    spec
      .given(filed)
      .when(attach({ assistantId: OTHER_ASSISTANT }))
      .thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
    spec.given([reported, joined]).when(attach()).thenThrows(Refused, refusedWith('CASE_NOT_FOUND'));
  });
});
