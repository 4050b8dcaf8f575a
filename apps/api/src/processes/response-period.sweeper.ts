import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CASE_VIEWS, ExecuteCaseCommand, type CaseViews } from '@quickclaim/accident-case';
import { CLOCK, type Clock } from '@quickclaim/platform';
import { ASSESSMENT_RESPONSE_MINUTES, CLAIM_VIEWS, ExecuteClaimCommand, type ClaimViews } from '@quickclaim/claims';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../tokens';

const SYSTEM_ACTOR = { sub: 'system:response-period', role: 'system' };

/**
 * Silence for 3 days counts as acceptance, of a police decision and of an assessment: periodically
 * closes the response periods that ran out. Idempotent: what is already answered is refused and skipped.
 */
@Injectable()
export class ResponsePeriodSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResponsePeriodSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CASE_VIEWS) private readonly views: CaseViews,
    @Inject(CLAIM_VIEWS) private readonly claims: ClaimViews,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.deadlineSweepMs <= 0) return;
    this.timer = setInterval(() => void this.sweep(), this.config.deadlineSweepMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Closes every overdue response period; returns how many cases and claims it moved on. */
  sweep(): Promise<number> {
    this.running ??= this.closeOverdue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async closeOverdue(): Promise<number> {
    const now = this.clock.now();
    let closed = 0;
    for (const claim of await this.claims.assessmentsAwaitingSilence(now, ASSESSMENT_RESPONSE_MINUTES)) {
      const causationId = `assessment-silence:${claim.claimId}:${claim.state.assessment?.assessedAt ?? ''}`;
      try {
        await this.commandBus.execute(
          new ExecuteClaimCommand(
            claim.claimId,
            { type: 'AcceptAssessmentBySilence', now: now.toISOString() },
            { actor: SYSTEM_ACTOR, correlationId: causationId, causationId },
          ),
        );
        closed += 1;
      } catch (error) {
        this.logger.warn(`Could not accept the assessment of claim ${claim.claimId} by silence: ${String(error)}`);
      }
    }
    for (const document of await this.views.responsePeriodOver(now)) {
      const causationId = `response-period:${document.caseId}:${document.state.decision?.decidedAt ?? ''}`;
      try {
        await this.commandBus.execute(
          new ExecuteCaseCommand(
            document.caseId,
            { type: 'CloseResponsePeriod', now: now.toISOString() },
            { actor: SYSTEM_ACTOR, correlationId: causationId, causationId },
          ),
        );
        closed += 1;
      } catch (error) {
        this.logger.warn(`Could not close the response period of case ${document.caseId}: ${String(error)}`);
      }
    }
    return closed;
  }
}
