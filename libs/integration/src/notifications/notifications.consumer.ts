import {
  NotificationRejectedError,
  derivedId,
  maskedPhone,
  type BusMessage,
  type BusSubscription,
  type Clock,
  type EventStore,
  type IdGenerator,
  type MessageBus,
  type NotificationGateway,
  type TextMessage,
} from '@quickclaim/platform';
import { handleCommand, toDomainEvent, type CommandContext } from '@quickclaim/platform/eventsourcing';
import { TOPICS } from '../topics';
import type { ConsumerLog } from '../payout-results.consumer';
import {
  notificationDecider,
  notificationStreamId,
  stillToSend,
  type About,
  type NotificationCommand,
  type NotificationEvent,
} from './notification.decider';
import { parseNotification, type NotificationMessage } from './notification-messages';
import { smsTexts, type SmsTextSettings } from './sms-texts';

const ACTOR = { sub: 'system:notifications', role: 'system' };

export interface NotificationsDependencies {
  bus: MessageBus;
  gateway: NotificationGateway;
  eventStore: EventStore;
  clock: Clock;
  ids: IdGenerator;
  texts: SmsTextSettings;
  log: ConsumerLog;
}

/**
 * SMS requests from the bus (`quickclaim.notifications.v1`) become texts sent through the
 * notification gateway, one per phone. Each SMS has an id derived from the request's `event-id`
 * and its phone, and its own record (notification.decider.ts): one already sent is not sent
 * again, however often the request is redelivered. A refusal for good is recorded and the request
 * acknowledged; a gateway that cannot be reached is recorded, and the request is left
 * unacknowledged, so the bus delivers it again until the gateway is back: nothing is lost.
 * Nothing here logs a text: it may hold a one-time code.
 */
export class NotificationsConsumer {
  private subscription: BusSubscription | null = null;

  constructor(private readonly deps: NotificationsDependencies) {}

  async start(): Promise<void> {
    this.subscription = await this.deps.bus.subscribe(TOPICS.notifications, 'quickclaim-notifications', (message) =>
      this.handle(message),
    );
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  async handle(busMessage: BusMessage): Promise<void> {
    const notification = parseNotification(busMessage.value);
    if (!notification) {
      this.deps.log.warn(
        `Ignored an SMS request that is not version 1 (kind ${String(busMessage.value.kind)}, key ${busMessage.key})`,
      );
      return;
    }
    const causeId = busMessage.headers['event-id'] ?? derivedId('notification', JSON.stringify(busMessage.value));
    const context: CommandContext = {
      actor: ACTOR,
      correlationId: busMessage.headers['correlation-id'] ?? causeId,
      causationId: causeId,
    };
    const now = this.deps.clock.now().toISOString();
    for (const { to, text } of smsTexts(notification, this.deps.texts, now)) {
      await this.sendOnce({ id: derivedId('sms', causeId, notification.kind, to), to, text }, notification, context);
    }
  }

  private async sendOnce(sms: TextMessage, notification: NotificationMessage, context: CommandContext): Promise<void> {
    const about: Omit<About, 'attempts'> = {
      notificationId: sms.id,
      kind: notification.kind,
      caseId: notification.caseId,
      to: maskedPhone(sms.to),
      gateway: this.deps.gateway.name,
    };
    const recorded = await this.deps.eventStore.readStream(notificationStreamId(sms.id));
    const state = recorded
      .map((event) => toDomainEvent<NotificationEvent>(event))
      .reduce(notificationDecider.evolve, notificationDecider.initialState);
    if (!stillToSend(state)) return;
    try {
      const receipt = await this.deps.gateway.send(sms);
      await this.record(
        {
          type: 'RecordSent',
          about: { ...about, attempts: receipt.attempts },
          reference: receipt.reference,
          now: this.now(),
        },
        context,
      );
    } catch (error) {
      const permanent = error instanceof NotificationRejectedError;
      const attempts = attemptsOf(error);
      const reason = error instanceof Error ? error.message : String(error);
      await this.record(
        { type: 'RecordFailed', about: { ...about, attempts }, reason, permanent, now: this.now() },
        context,
      );
      this.deps.log.warn(
        `SMS ${sms.id} (${notification.kind}, case ${notification.caseId}) to ${about.to} ${permanent ? 'refused' : 'not sent, to be retried'}: ${reason}`,
      );
      if (!permanent) throw error;
    }
  }

  private async record(command: NotificationCommand, context: CommandContext): Promise<void> {
    const { eventStore, clock, ids } = this.deps;
    await handleCommand(
      { eventStore, clock, ids },
      notificationStreamId(command.about.notificationId),
      notificationDecider,
      command,
      context,
    );
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

/** How many tries the gateway made before it failed (its errors say; anything else was one). */
function attemptsOf(error: unknown): number {
  const attempts = typeof error === 'object' && error !== null ? (error as { attempts?: unknown }).attempts : undefined;
  return typeof attempts === 'number' ? attempts : 1;
}
