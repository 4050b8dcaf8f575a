import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ClaimRefused, ExecuteClaimCommand } from '@quickclaim/claims';
import { TOPICS, parsePayoutResult } from '@quickclaim/integration';
import type { BusSubscription, Clock, MessageBus } from '@quickclaim/platform';

/**
 * Payout results from the insurers' payment systems become RecordPayoutResult commands. A result
 * for an older attempt, or a repeated one, changes nothing (the claim decides); a result the
 * claim refuses is logged and acknowledged, since delivering it again cannot succeed.
 */
export class PayoutResultsConsumer {
  private readonly logger = new Logger(PayoutResultsConsumer.name);
  private subscription: BusSubscription | null = null;

  constructor(
    private readonly bus: MessageBus,
    private readonly commandBus: CommandBus,
    private readonly clock: Clock,
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
        await this.commandBus.execute(
          new ExecuteClaimCommand(
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
          ),
        );
      } catch (error) {
        if (!(error instanceof ClaimRefused)) throw error;
        this.logger.warn(`Payout result ${result.payoutId} refused: ${error.code}`);
      }
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
