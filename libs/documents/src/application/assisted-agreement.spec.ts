import type { RecordedEvent } from '@quickclaim/platform';
import { InMemoryEventStore } from '@quickclaim/platform/memory';
import { EventLog } from '@quickclaim/testing';
import { caseAnchorRevision, caseDocumentAt } from './documents-from-events';
import { verifyDocument } from './verify-document';

const CASE_ID = '00000000-0000-4000-8000-0000000000a1';
const at = (minutes: number) => new Date(Date.parse('2026-11-22T08:00:00.000Z') + minutes * 60_000).toISOString();
const party = (driverName: string, phone: string, plate: string, insurer: string) => ({
  driverName,
  phone,
  licenceNo: `L-${plate}`,
  plate,
  insurer,
  policyNumber: `${insurer}-1`,
  coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
});
const FILER = { assistantId: 'assistant-1', organisation: '渝中区警保联动服务站' };

/** A case an assistant filed and recorded A FULL / B NONE for: A signed on the device, B confirmed on their phone. */
function assistedCase() {
  return new EventLog({ sub: 'assistant-1', role: 'assistant', district: 'yuzhong' }).record(`case-${CASE_ID}`, [
    {
      type: 'AccidentReported',
      data: {
        caseId: CASE_ID,
        occurredAt: at(-5),
        reportedAt: at(0),
        location: { lat: 29.56, lng: 106.55, address: '解放碑', district: 'yuzhong' },
        eligibility: {},
        joinCode: '100001',
        reporter: party('张三', '13800000001', '渝A12345', 'PICC'),
        filedBy: FILER,
      },
    },
    {
      type: 'PartyJoined',
      data: { party: 'B', driver: party('李四', '13800000002', '渝B67890', 'CPIC'), joinedAt: at(0), onBehalfOf: 'B' },
    },
    {
      type: 'AgreementRecorded',
      data: { allocation: { A: 'FULL', B: 'NONE' }, recordedBy: 'assistant-1', recordedAt: at(2) },
    },
    {
      type: 'PartyConfirmed',
      data: { party: 'A', method: 'SIGNATURE', confirmedAt: at(3), signedName: '张三', onBehalfOf: 'A' },
    },
    { type: 'PartyConfirmed', data: { party: 'B', method: 'OWN_PHONE', confirmedAt: at(4), driverId: 'driver-b' } },
    {
      type: 'LiabilityFinalized',
      data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(4), finalizedAt: at(4) },
    },
  ]);
}

describe('the agreement of a case an assistant filed', () => {
  it('is the one the assistant recorded, signed by each party’s confirmation, and says who recorded it', () => {
    const events = assistedCase();
    const revision = caseAnchorRevision('agreement', events)!;
    const issued = caseDocumentAt('agreement', CASE_ID, events, revision);
    expect(issued?.document).toMatchObject({
      kind: 'agreement',
      allocation: { A: 'FULL', B: 'NONE' },
      recordedBy: { ...FILER, recordedAt: at(2) },
      signatures: [
        { party: 'A', signedAt: at(3) },
        { party: 'B', signedAt: at(4) },
      ],
      issuedAt: at(4),
    });
    expect(issued?.document).not.toHaveProperty('proposedBy');
  });

  it('verifies against the events it was made from, as they are stored with their hash chain', async () => {
    const store = new InMemoryEventStore();
    await store.append(
      `case-${CASE_ID}`,
      assistedCase().map(({ eventId, type, data, metadata }: RecordedEvent) => ({
        eventId: eventId.replace(/^event-(\d+)$/, (_, n: string) => `00000000-0000-4000-8000-${n.padStart(12, '0')}`),
        type,
        data,
        metadata: {
          correlationId: metadata.correlationId,
          causationId: metadata.causationId,
          actor: metadata.actor,
          recordedAt: metadata.recordedAt,
          schemaVersion: 1,
        },
      })),
      { expectedRevision: 'no_stream' },
    );
    const events = await store.readStream(`case-${CASE_ID}`);
    const issued = caseDocumentAt('agreement', CASE_ID, events, caseAnchorRevision('agreement', events)!)!;
    expect(await verifyDocument(issued.reference, (streamId) => store.readStream(streamId))).toMatchObject({
      valid: true,
    });
  });
});
