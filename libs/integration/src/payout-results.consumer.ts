import type { ClaimCommand } from '@quickclaim/claims';
import { Refused } from '@quickclaim/kernel';
import type { BusSubscription, Clock, MessageBus } from '@quickclaim/platform';
import type { CommandContext } from '@quickclaim/platform/eventsourcing';
import { TOPICS, parsePayoutResult } from './topics';

/** Runs a claim command: through Nest's CommandBus in the API, directly in the relay process. */
export type ClaimCommandRunner = (claimId: string, command: ClaimCommand, context: CommandContext) => Promise<unknown>;

export interface ConsumerLog {
  warn(message: string): void;
}

/**
 * Payout results from the insurers' payment systems become RecordPayoutResult commands. A result
 * for an older attempt, or a repeated one, changes nothing (the claim decides); a result the
 * claim refuses is logged and acknowledged, since delivering it again cannot succeed.
 */
export class PayoutResultsConsumer {
  private subscription: BusSubscription | null = null;

  constructor(
    private readonly bus: MessageBus,
    private readonly runClaimCommand: ClaimCommandRunner,
    private readonly clock: Clock,
    private readonly logger: ConsumerLog,
  ) {}

  async start(): Promise<void> {
    this.subscription = await this.bus.subscribe(TOPICS.payoutResults, 'quickclaim-payout-results', async (message) => {
      const result = parsePayoutResult(message.value);
      if (!result) {
        this.logger.warn(
          `Ignored a payout result that is not version 1: ${JSON.stringify(message.value).slice(0, 200)}`,
        );
        return;
      }
      const causationId = message.headers['event-id'] ?? `${result.payoutId}:${result.attempt}`;
      try {
        await this.runClaimCommand(
          result.claimId,
          {
            type: 'RecordPayoutResult',
            payoutId: result.payoutId,
            insurer: result.payer,
            status: result.status,
            attempt: result.attempt,
            ...(result.reference ? { reference: result.reference } : {}),
            ...(result.reason ? { reason: result.reason } : {}),
            now: this.clock.now().toISOString(),
          },
          {
            actor: { sub: `insurer:${result.payer}`, role: 'system', insurer: result.payer },
            correlationId: causationId,
            causationId,
          },
        );
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        this.logger.warn(`Payout result ${result.payoutId} refused: ${error.code}`);
      }
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
