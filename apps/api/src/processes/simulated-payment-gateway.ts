import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteClaimCommand } from '@quickclaim/claims';
import type { Clock, ProjectionHandler, RecordedEvent } from '@quickclaim/platform';

export interface SimulatedGatewaySettings {
  /** How long the simulated bank takes to confirm a payout. */
  delayMs: number;
  /** Every payout fails this many attempts before it is paid (to show retries). */
  failFirstAttempts: number;
}

/**
 * The insurers' payment systems in the embedded default: each requested payout is confirmed by
 * its payer after a delay (or failed, when told to), through the same command an insurer's
 * system or `POST /insurer/payouts/{id}/result` uses. It reacts to live events only.
 */
export class SimulatedPaymentGateway implements ProjectionHandler {
  readonly name = 'simulated-payment-gateway';
  private readonly logger = new Logger(SimulatedPaymentGateway.name);
  private readonly pending = new Set<NodeJS.Timeout>();
  private position: number;

  constructor(
    private readonly commandBus: CommandBus,
    private readonly clock: Clock,
    private readonly settings: SimulatedGatewaySettings,
    startAfter: number,
  ) {
    this.position = startAfter;
  }

  checkpoint(): number {
    return this.position;
  }

  apply(event: RecordedEvent): void {
    if (event.position <= this.position) return;
    this.position = event.position;
    if (event.type !== 'PayoutRequested') return;
    const { payoutId, payer, attempt } = event.data as { payoutId: string; payer: string; attempt: number };
    const claimId = event.streamId.slice('claim-'.length);
    const fail = attempt <= this.settings.failFirstAttempts;
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      void this.answer(claimId, payoutId, payer, fail, event);
    }, this.settings.delayMs);
    this.pending.add(timer);
  }

  stop(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }

  private async answer(
    claimId: string,
    payoutId: string,
    payer: string,
    fail: boolean,
    cause: RecordedEvent,
  ): Promise<void> {
    try {
      await this.commandBus.execute(
        new ExecuteClaimCommand(
          claimId,
          {
            type: 'RecordPayoutResult',
            payoutId,
            insurer: payer,
            status: fail ? 'FAILED' : 'PAID',
            ...(fail ? { reason: 'simulated failure' } : { reference: `SIM-${payoutId.slice(0, 8)}` }),
            now: this.clock.now().toISOString(),
          },
          {
            actor: { sub: `gateway:${payer}`, role: 'system', insurer: payer },
            correlationId: cause.metadata.correlationId,
            causationId: cause.eventId,
          },
        ),
      );
    } catch (error) {
      this.logger.warn(`Simulated payout ${payoutId} could not be recorded: ${String(error)}`);
    }
  }
}
