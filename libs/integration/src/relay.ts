import type { BusMessage, EventStore, PositionCheckpoint, MessageBus, RecordedEvent } from '@quickclaim/platform';
import {
  AUDIT_CHECKPOINT_SIGNED,
  AUDIT_CHECKPOINT_STREAM,
  type EventHandler,
} from '@quickclaim/platform/eventsourcing';
import { MESSAGE_VERSION, TOPICS, type PayoutRequestMessage } from './topics';

interface Party {
  phone?: string;
}

/**
 * From `$all` to the bus: payout requests for the payer insurers, every case and claim event as
 * an integration event (ids and types only: no personal data), and an SMS request to both parties
 * when the police decide liability; and every signed audit checkpoint. The checkpoint moves only after the bus acknowledged, so a
 * crash republishes rather than loses (consumers deduplicate by the `event-id` header).
 */
export class Relay implements EventHandler {
  readonly name = 'relay';

  constructor(
    private readonly eventStore: EventStore,
    private readonly bus: MessageBus,
    private readonly position: PositionCheckpoint,
  ) {}

  checkpoint(): number {
    return this.position.get();
  }

  async stop(): Promise<void> {
    await this.position.flush();
  }

  async apply(event: RecordedEvent): Promise<void> {
    if (event.position <= this.position.get()) return;
    const messages = await this.messagesFor(event);
    if (messages.length > 0) await this.bus.publish(messages);
    this.position.save(event.position);
  }

  private async messagesFor(event: RecordedEvent): Promise<BusMessage[]> {
    if (event.streamId === AUDIT_CHECKPOINT_STREAM && event.type === AUDIT_CHECKPOINT_SIGNED) {
      // The signed heads of every stream, for insurers and regulators to keep (ADR 34).
      return [
        {
          topic: TOPICS.auditCheckpoints,
          key: AUDIT_CHECKPOINT_STREAM,
          value: { version: MESSAGE_VERSION, ...event.data },
          headers: { 'event-id': event.eventId, 'correlation-id': event.metadata.correlationId },
        },
      ];
    }
    if (!event.streamId.startsWith('case-') && !event.streamId.startsWith('claim-')) return [];
    const headers = { 'event-id': event.eventId, 'correlation-id': event.metadata.correlationId };
    const messages: BusMessage[] = [
      {
        topic: TOPICS.caseEvents,
        key: event.streamId,
        value: {
          version: MESSAGE_VERSION,
          streamId: event.streamId,
          revision: event.revision,
          type: event.type,
          recordedAt: event.metadata.recordedAt,
          // Copies of the chain's hashes outside our store: tampering that rewrites a whole stream shows too.
          hash: event.metadata.hash,
        },
        headers,
      },
    ];
    if (event.type === 'PayoutRequested') {
      const data = event.data as Omit<PayoutRequestMessage, 'version' | 'claimId'>;
      const value: PayoutRequestMessage = {
        version: MESSAGE_VERSION,
        payoutId: data.payoutId,
        claimId: event.streamId.slice('claim-'.length),
        payer: data.payer,
        coverages: data.coverages,
        amountFen: data.amountFen,
        attempt: data.attempt,
        requestedAt: data.requestedAt,
      };
      messages.push({ topic: TOPICS.payoutRequests, key: event.streamId, value: { ...value }, headers });
    }
    if (event.type === 'LiabilityDecided') {
      const phones = await this.partyPhones(event.streamId);
      const data = event.data as { allocation: unknown; basis: string; responseDeadline: string };
      messages.push({
        topic: TOPICS.notifications,
        key: event.streamId,
        value: {
          version: MESSAGE_VERSION,
          kind: 'LIABILITY_DECIDED',
          caseId: event.streamId.slice('case-'.length),
          to: phones,
          allocation: data.allocation,
          basis: data.basis,
          respondBy: data.responseDeadline,
        },
        headers,
      });
    }
    return messages;
  }

  private async partyPhones(streamId: string): Promise<string[]> {
    const events = await this.eventStore.readStream(streamId, { maxCount: 20 });
    const parties: Party[] = events.flatMap((recorded) => {
      if (recorded.type === 'AccidentReported') return [(recorded.data as { reporter: Party }).reporter];
      if (recorded.type === 'PartyJoined') return [(recorded.data as { driver: Party }).driver];
      return [];
    });
    return parties.map((party) => party.phone).filter((phone): phone is string => typeof phone === 'string');
  }
}
