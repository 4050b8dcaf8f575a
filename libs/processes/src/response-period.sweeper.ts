import type { CaseViews } from '@quickclaim/accident-case';
import { ASSESSMENT_RESPONSE_MINUTES, type ClaimViews } from '@quickclaim/claims';
import type { MediationViews } from '@quickclaim/mediation';
import type { Clock } from '@quickclaim/platform';
import type { ProcessCommands, ProcessLog } from './process-commands';

const SYSTEM_ACTOR = { sub: 'system:response-period', role: 'system' };

/**
 * Silence for 3 days counts as acceptance, of a police decision and of an assessment: periodically
 * closes the response periods that ran out, and fails the mediations whose stage ran out of time. Idempotent: what is already answered is refused and
 * skipped, so two sweepers, or a sweep repeated after a crash, change nothing more.
 */
export class ResponsePeriodSweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly commands: ProcessCommands,
    private readonly views: { cases: CaseViews; claims: ClaimViews; mediations?: MediationViews },
    private readonly clock: Clock,
    private readonly logger: ProcessLog,
  ) {}

  /** Sweeps every `everyMs`; 0 or less leaves sweeping to whoever calls `sweep`. */
  start(everyMs: number): void {
    if (everyMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.sweep(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
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
    for (const claim of await this.views.claims.assessmentsAwaitingSilence(now, ASSESSMENT_RESPONSE_MINUTES)) {
      const causationId = `assessment-silence:${claim.claimId}:${claim.state.assessment?.assessedAt ?? ''}`;
      try {
        await this.commands.onClaim(
          claim.claimId,
          { type: 'AcceptAssessmentBySilence', now: now.toISOString() },
          { actor: SYSTEM_ACTOR, correlationId: causationId, causationId },
        );
        closed += 1;
      } catch (error) {
        this.logger.warn(`Could not accept the assessment of claim ${claim.claimId} by silence: ${String(error)}`);
      }
    }
    for (const document of await this.views.cases.responsePeriodOver(now)) {
      const causationId = `response-period:${document.caseId}:${document.state.decision?.decidedAt ?? ''}`;
      try {
        await this.commands.onCase(
          document.caseId,
          { type: 'CloseResponsePeriod', now: now.toISOString() },
          { actor: SYSTEM_ACTOR, correlationId: causationId, causationId },
        );
        closed += 1;
      } catch (error) {
        this.logger.warn(`Could not close the response period of case ${document.caseId}: ${String(error)}`);
      }
    }
    for (const mediation of (await this.views.mediations?.overdue(now)) ?? []) {
      const causationId = `mediation-deadline:${mediation.mediationId}:${mediation.openUntil ?? ''}`;
      try {
        await this.commands.onMediation(
          mediation.mediationId,
          { type: 'CloseOverdueMediation', now: now.toISOString() },
          { actor: SYSTEM_ACTOR, correlationId: causationId, causationId },
        );
        closed += 1;
      } catch (error) {
        this.logger.warn(`Could not close the overdue mediation ${mediation.mediationId}: ${String(error)}`);
      }
    }
    return closed;
  }
}
