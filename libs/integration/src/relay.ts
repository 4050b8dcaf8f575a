import type { BusMessage, EventStore, PositionCheckpoint, MessageBus, RecordedEvent } from '@quickclaim/platform';
import {
  AUDIT_CHECKPOINT_SIGNED,
  AUDIT_CHECKPOINT_STREAM,
  type EventHandler,
} from '@quickclaim/platform/eventsourcing';
import {
  notificationBusMessage,
  type NotificationMessage,
  type Recipient,
} from './notifications/notification-messages';
import { MESSAGE_VERSION, TOPICS, type PayoutRequestMessage } from './topics';

interface PartyDetails {
  phone?: string;
  plate?: string;
}

/**
 * From `$all` to the bus: payout requests for the payer insurers, every case and claim event as
 * an integration event (ids and types only: no personal data), an SMS request to the parties
 * when the police decide liability, ask for more photos or refer the case offline, and every
 * signed audit checkpoint. The checkpoint moves only after the bus acknowledged, so a crash
 * republishes rather than loses (consumers deduplicate by the `event-id` header).
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
    const notification = await this.notificationFor(event);
    if (notification) {
      messages.push(
        notificationBusMessage(notification, { eventId: event.eventId, correlationId: event.metadata.correlationId }),
      );
    }
    return messages;
  }

  /** The SMS request an event of a case calls for, if any. */
  private async notificationFor(event: RecordedEvent): Promise<NotificationMessage | null> {
    if (!['LiabilityDecided', 'EvidenceRequested', 'CaseReferredOffline'].includes(event.type)) return null;
    const recipients = await this.recipientsOf(event.streamId);
    const addressed = {
      version: MESSAGE_VERSION,
      caseId: event.streamId.slice('case-'.length),
      to: recipients.map((recipient) => recipient.phone),
      recipients,
    } as const;
    if (event.type === 'LiabilityDecided') {
      const data = event.data as Pick<
        Extract<NotificationMessage, { kind: 'LIABILITY_DECIDED' }>,
        'allocation' | 'basis'
      > & { responseDeadline: string };
      return {
        ...addressed,
        kind: 'LIABILITY_DECIDED',
        allocation: data.allocation,
        basis: data.basis,
        respondBy: data.responseDeadline,
      };
    }
    if (event.type === 'EvidenceRequested') {
      return { ...addressed, kind: 'EVIDENCE_REQUESTED', kinds: (event.data as { kinds: string[] }).kinds };
    }
    return { ...addressed, kind: 'CASE_REFERRED_OFFLINE' };
  }

  /**
   * Each party's phone and plate, from the whole case stream: party B may join after any number
   * of photos and circumstances, so no prefix of the stream is enough.
   */
  private async recipientsOf(streamId: string): Promise<Recipient[]> {
    const events = await this.eventStore.readStream(streamId);
    const parties = events.flatMap((recorded): { party: 'A' | 'B'; details: PartyDetails }[] => {
      if (recorded.type === 'AccidentReported') {
        return [{ party: 'A', details: (recorded.data as { reporter: PartyDetails }).reporter }];
      }
      if (recorded.type === 'PartyJoined')
        return [{ party: 'B', details: (recorded.data as { driver: PartyDetails }).driver }];
      return [];
    });
    return parties.flatMap(({ party, details }) =>
      typeof details.phone === 'string' ? [{ party, phone: details.phone, plate: details.plate ?? '' }] : [],
    );
  }
}
