import { type RecordedEvent } from '@quickclaim/platform';
import { sealEvents, verifyChain } from '@quickclaim/platform/eventsourcing';
import {
  agreedStory,
  issuedCaseDocument,
  issuedSettlement,
  paidStory,
  type RecordedStory,
} from './recorded-stories.fixtures';
import { verifyDocument, type ReadStream } from './verify-document';
import type { DocumentReference } from '../fingerprint';

async function agreementReference(story: RecordedStory): Promise<DocumentReference> {
  return (await issuedCaseDocument('agreement', story)).reference;
}

const reading =
  (story: RecordedStory, change: (events: RecordedEvent[]) => RecordedEvent[] = (events) => events): ReadStream =>
  async (streamId) =>
    change(await story.store.readStream(streamId));

/** What a storage-level edit leaves: the data changed, the stored hashes as they were. */
const editPlate = (events: RecordedEvent[]) =>
  events.map((event) =>
    event.type === 'PartyJoined'
      ? { ...event, data: { ...event.data, driver: { ...(event.data.driver as object), plate: '渝Z00000' } } }
      : event,
  );

/** A thorough forger: edits the data and recomputes every hash of the stream after it. */
const editPlateAndRechain = (events: RecordedEvent[]): RecordedEvent[] => {
  const edited = editPlate(events);
  const sealed = sealEvents(
    edited[0]!.streamId,
    0,
    '0'.repeat(64),
    edited.map((event) => ({ eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata })),
  );
  return edited.map((event, index) => ({ ...event, metadata: sealed[index]!.metadata }));
};

describe('verifying a document against the recorded events', () => {
  it('matches a document issued from the events, and says what it says', async () => {
    const story = await agreedStory();
    const reference = await agreementReference(story);
    const outcome = await verifyDocument(reference, reading(story));
    expect(outcome).toMatchObject({
      valid: true,
      issued: { reference, document: { kind: 'agreement', allocation: { A: 'NONE', B: 'FULL' } } },
    });
  });

  it('matches a settlement, reading the claim and its case', async () => {
    const story = await paidStory();
    const { reference } = await issuedSettlement(story);
    expect(await verifyDocument(reference, reading(story))).toMatchObject({ valid: true });
    expect(await verifyDocument({ ...reference, revisions: [reference.revisions[0]!, 0] }, reading(story))).toEqual({
      valid: false,
      reason: 'NO_MATCH',
    });
  });

  it('says no more than NO_MATCH to a wrong fingerprint, an unknown case or another revision', async () => {
    const story = await agreedStory();
    const reference = await agreementReference(story);
    const noMatch = { valid: false, reason: 'NO_MATCH' };
    expect(await verifyDocument({ ...reference, fingerprint: 'e'.repeat(64) }, reading(story))).toEqual(noMatch);
    expect(
      await verifyDocument({ ...reference, subjectId: '0a2b4c6d-9999-4999-8999-999999999999' }, reading(story)),
    ).toEqual(noMatch);
    expect(await verifyDocument({ ...reference, revisions: [2] }, reading(story))).toEqual(noMatch);
    expect(await verifyDocument({ ...reference, kind: 'decision' }, reading(story))).toEqual(noMatch);
  });

  it('finds the records altered when an event was changed in storage after the document was issued', async () => {
    const story = await agreedStory();
    const reference = await agreementReference(story);
    expect(await verifyDocument(reference, reading(story, editPlate))).toEqual({
      valid: false,
      reason: 'RECORDS_ALTERED',
    });
  });

  it('does not match when a forger re-chained the stream: the paper keeps the old hash', async () => {
    const story = await agreedStory();
    const reference = await agreementReference(story);
    expect(verifyChain(editPlateAndRechain(await story.caseEvents())).valid).toBe(true);
    expect(await verifyDocument(reference, reading(story, editPlateAndRechain))).toEqual({
      valid: false,
      reason: 'NO_MATCH',
    });
  });
});
