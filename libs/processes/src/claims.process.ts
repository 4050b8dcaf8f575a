import {
  CaseViews,
  EMPTY_CASE_VIEW,
  PARTY_IDS,
  caseStreamId,
  evolveCaseViewState,
  flagsForClaims,
  type CaseCommand,
  type CaseEvent,
  type CaseViewState,
  type PartyId,
} from '@quickclaim/accident-case';
import {
  ClaimViews,
  EMPTY_CLAIM_VIEW,
  claimStreamId,
  evolveClaimViewState,
  settleKnown,
  type ClaimCommand,
  type ClaimEvent,
  type ClaimViewState,
  type SettlementRules,
} from '@quickclaim/claims';
import {
  derivedId,
  type Clock,
  type EventStore,
  type PositionCheckpoint,
  type ReadProgress,
  type RecordedEvent,
} from '@quickclaim/platform';
import { toDomainEvent, type EventHandler } from '@quickclaim/platform/eventsourcing';
import type { ProcessCommands, ProcessLog } from './process-commands';

const ACTOR = { sub: 'system:claims-process', role: 'system' };

export interface ClaimsProcessSettings {
  rules: SettlementRules;
  straightThroughLimitFen: number;
}

/** The read models the process reads, and how long it waits for them to include the event it reacts to. */
export interface ClaimsProcessViews {
  cases: CaseViews;
  claims: ClaimViews;
  progress: ReadProgress;
  timeoutMs: number;
}

/**
 * Turns the case's and the claims' events into commands: liability final → one claim per
 * vehicle; an assessment accepted → the settlement of every vehicle whose settlement no longer
 * depends on a loss still unknown (each on its own, unless mutual self-pay may apply); every claim
 * closed or declined → the case closed. Each reaction is keyed by its causing event (derived ids, idempotent commands), and the
 * process resumes from its own checkpoint, so a replay or a redelivery changes nothing. It reads
 * the case and claim views once they include the causing event; should they lag beyond the
 * read-your-writes timeout, or where it runs without them, it folds the streams instead rather
 * than lose the reaction.
 */
export class ClaimsProcess implements EventHandler {
  readonly name = 'claims-process';

  constructor(
    private readonly commands: ProcessCommands,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
    private readonly position: PositionCheckpoint,
    private readonly settings: ClaimsProcessSettings,
    private readonly views: ClaimsProcessViews | null,
    private readonly logger: ProcessLog,
  ) {}

  checkpoint(): number {
    return this.position.get();
  }

  async stop(): Promise<void> {
    await this.position.flush();
  }

  async apply(event: RecordedEvent): Promise<void> {
    try {
      await this.react(event);
    } finally {
      this.position.save(event.position);
    }
  }

  private async react(event: RecordedEvent): Promise<void> {
    switch (event.type) {
      case 'LiabilityFinalized':
        return this.openClaims(event);
      case 'AssessmentAccepted':
        return this.settleWhatIsKnown(event);
      case 'ClaimClosed':
      case 'ClaimDeclined':
        return this.closeCaseWhenAllFinished(event);
      default:
        return;
    }
  }

  private async openClaims(event: RecordedEvent): Promise<void> {
    const caseId = event.streamId.slice('case-'.length);
    const state = await this.caseState(caseId, event);
    const { flags, flagDetails } = flagsForClaims(state);
    const claims = PARTY_IDS.filter((party) => state.parties[party]).map((party) => ({
      claimId: derivedId('claim', caseId, party),
      party,
    }));
    for (const { claimId, party } of claims) {
      const details = state.parties[party]!;
      await this.onClaim(claimId, event, {
        type: 'OpenClaim',
        claimId,
        caseId,
        party,
        // A party an assistant filed for, who never confirmed on their own phone, has no driver
        // account: no caller is '' (a token's subject is never empty), so their assessment is
        // accepted by silence.
        claimantId: details.driverId ?? '',
        plate: details.plate,
        handlingInsurer: details.insurer,
        flags,
        flagDetails,
        ...(state.filedBy ? { filedBy: state.filedBy } : {}),
        now: this.now(),
      });
    }
    await this.onCase(caseId, event, { type: 'RecordClaimsOpened', claims, now: this.now() });
  }

  private async settleWhatIsKnown(event: RecordedEvent): Promise<void> {
    const claim = await this.claimState(event.streamId.slice('claim-'.length), event);
    if (claim.status === 'NONE') return;
    const caseState = await this.caseState(claim.caseId, event);
    const liability = caseState.liability;
    if (!liability) return;
    const claims = await Promise.all(
      caseState.claims.map(async ({ claimId, party }) => ({
        claimId,
        party,
        state: await this.claimState(claimId, event),
      })),
    );
    const settlements = settleKnown(
      claims.map(({ party, state }) => {
        const details = caseState.parties[party as PartyId]!;
        return {
          party,
          insurer: details.insurer,
          liability: liability.allocation[party as PartyId],
          lossFen: acceptedLoss(state),
          thirdPartyLimitFen: details.coverage.thirdPartyLimitFen,
          ownDamage: details.coverage.ownDamage,
        };
      }),
      this.settings.rules,
    );
    for (const { claimId, party, state } of claims) {
      const settlement = settlements.find((candidate) => candidate.party === party);
      if (!settlement || state.status !== 'ACCEPTED' || state.settlement) continue;
      const payers = [...new Set(settlement.lines.map((line) => line.payer))];
      await this.onClaim(claimId, event, {
        type: 'CalculateSettlement',
        settlement: { rule: settlement.rule, lines: settlement.lines },
        straightThroughLimitFen: this.settings.straightThroughLimitFen,
        payoutIds: payers.map((payer) => derivedId('payout', claimId, payer)),
        now: this.now(),
      });
    }
  }

  /**
   * A declined claim is finished as a paid one is: nothing more happens to it online, so the case
   * closes once each of its claims is closed (paid) or declined.
   */
  private async closeCaseWhenAllFinished(event: RecordedEvent): Promise<void> {
    const claim = await this.claimState(event.streamId.slice('claim-'.length), event);
    if (claim.status === 'NONE') return;
    const caseState = await this.caseState(claim.caseId, event);
    if (caseState.status !== 'SETTLING') return;
    const states = await Promise.all(
      caseState.claims.map(async ({ claimId }) => ({ claimId, state: await this.claimState(claimId, event) })),
    );
    const finished = states.filter(({ state }) => isFinished(state)).map(({ claimId }) => claimId);
    if (finished.length < caseState.claims.length) return;
    await this.onCase(claim.caseId, event, { type: 'CloseCase', claimsClosed: finished, now: this.now() });
  }

  /** The case as its view has it: read from the view once it reached the cause, else folded from the stream. */
  private async caseState(caseId: string, cause: RecordedEvent): Promise<CaseViewState> {
    if (this.views && (await this.viewsInclude(this.views, cause, CaseViews.projection))) {
      return (await this.views.cases.get(caseId))?.state ?? EMPTY_CASE_VIEW;
    }
    const events = await this.eventStore.readStream(caseStreamId(caseId));
    return events.map((recorded) => toDomainEvent<CaseEvent>(recorded)).reduce(evolveCaseViewState, EMPTY_CASE_VIEW);
  }

  /** The claim as its view has it: read from the view once it reached the cause, else folded from the stream. */
  private async claimState(claimId: string, cause: RecordedEvent): Promise<ClaimViewState> {
    if (this.views && (await this.viewsInclude(this.views, cause, ClaimViews.projection))) {
      return (await this.views.claims.get(claimId))?.state ?? EMPTY_CLAIM_VIEW;
    }
    const events = await this.eventStore.readStream(claimStreamId(claimId));
    return events.map((recorded) => toDomainEvent<ClaimEvent>(recorded)).reduce(evolveClaimViewState, EMPTY_CLAIM_VIEW);
  }

  private async viewsInclude(views: ClaimsProcessViews, cause: RecordedEvent, projection: string): Promise<boolean> {
    if (await views.progress.waitFor(cause.position, views.timeoutMs, [projection])) return true;
    this.logger.warn(`${projection} has not reached position ${cause.position}: reading the stream instead`);
    return false;
  }

  private async onClaim(claimId: string, cause: RecordedEvent, command: ClaimCommand): Promise<void> {
    await this.commands.onClaim(claimId, command, this.context(cause));
  }

  private async onCase(caseId: string, cause: RecordedEvent, command: CaseCommand): Promise<void> {
    try {
      await this.commands.onCase(caseId, command, this.context(cause));
    } catch (error) {
      this.logger.warn(`Case ${caseId}: ${command.type} refused: ${String(error)}`);
    }
  }

  private context(cause: RecordedEvent) {
    return { actor: ACTOR, correlationId: cause.metadata.correlationId, causationId: cause.eventId };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

/** The loss of a vehicle once its claimant accepted the assessment; null while it is not known. */
function acceptedLoss(state: ClaimViewState): number | null {
  return state.assessments.at(-1)?.accepted && state.assessment ? state.assessment.totalFen : null;
}

function isFinished(state: ClaimViewState): boolean {
  return state.status === 'CLOSED' || state.status === 'DECLINED';
}
