import type { BusSubscription, MessageBus } from '@quickclaim/platform';
import { MESSAGE_VERSION, TOPICS, type PayoutRequestMessage, type PayoutResultMessage } from './topics';

export interface SimulatedInsurersSettings {
  /** How long the simulated bank takes to answer a payout request. */
  delayMs: number;
  /** Every payout fails this many attempts before it is paid (to show retries). */
  failFirstAttempts: number;
}

/**
 * The insurers' payment systems in the embedded default: they read payout requests from the bus
 * and answer on the results topic after a delay, exactly as a real insurer's system does over
 * Kafka.
 */
export class SimulatedInsurers {
  private subscription: BusSubscription | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly bus: MessageBus,
    private readonly settings: SimulatedInsurersSettings,
  ) {}

  async start(): Promise<void> {
    this.subscription = await this.bus.subscribe(TOPICS.payoutRequests, 'simulated-insurers', async (message) => {
      const request = message.value as unknown as PayoutRequestMessage;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.answer(request, message.headers['event-id'] ?? '');
      }, this.settings.delayMs);
      this.timers.add(timer);
    });
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.subscription?.stop();
  }

  private async answer(request: PayoutRequestMessage, causeId: string): Promise<void> {
    const fail = request.attempt <= this.settings.failFirstAttempts;
    const result: PayoutResultMessage = {
      version: MESSAGE_VERSION,
      payoutId: request.payoutId,
      claimId: request.claimId,
      payer: request.payer,
      attempt: request.attempt,
      status: fail ? 'FAILED' : 'PAID',
      ...(fail
        ? { reason: 'simulated failure' }
        : { reference: `SIM-${request.payoutId.slice(0, 8)}-${request.attempt}` }),
    };
    await this.bus
      .publish([
        {
          topic: TOPICS.payoutResults,
          key: `claim-${request.claimId}`,
          value: { ...result },
          headers: { 'event-id': `${request.payoutId}:${request.attempt}`, 'caused-by': causeId },
        },
      ])
      .catch(() => undefined);
  }
}
