import {
  CaseViews,
  EMPTY_CASE_VIEW,
  PARTY_IDS,
  caseStreamId,
  evolveCaseViewState,
  flagsForClaims,
  mediationCommitteeOf,
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
  fold as foldMediation,
  mediationStreamId,
  type MediationCommand,
  type MediationEvent,
  type MediationOpening,
  type MediationState,
  type MediationViews,
} from '@quickclaim/mediation';
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
  /** For the deadline sweep of mediations (the process itself folds a mediation's short stream). */
  mediations?: MediationViews;
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
      case 'ClaimReferredOffline':
        return this.closeCaseWhenAllFinished(event);
      // Mediation (issue 15.2): asked on a case or a claim, then agreed or failed.
      case 'MediationRequested':
        return this.openCaseMediation(event);
      case 'ClaimMediationRequested':
        return this.openClaimMediation(event);
      case 'MediationAgreed':
      case 'MediationFailed':
        return this.recordMediationOutcome(event);
      case 'ClaimsOpened':
        return this.settleMediatedClaims(event);
      case 'SettlementAgreed':
        return this.settleWhatIsKnown(event);
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

  /** A party asked for mediation of the disputed review: the mediation opens for the district's committee. */
  private async openCaseMediation(event: RecordedEvent): Promise<void> {
    if (!event.streamId.startsWith('case-')) return;
    const caseId = event.streamId.slice('case-'.length);
    const data = event.data as Extract<CaseEvent, { type: 'MediationRequested' }>['data'];
    const state = await this.caseState(caseId, event);
    await this.onMediation(data.mediationId, event, {
      type: 'OpenMediation',
      opening: {
        mediationId: data.mediationId,
        kind: 'LIABILITY',
        caseId,
        district: state.district,
        committee: data.committee,
        parties: mediationParties(state),
        requestedBy: data.party,
        reason: data.reason,
        requestedAt: data.requestedAt,
      },
      now: this.now(),
    });
  }

  /** A claimant asked for mediation of an assessment rejected twice: the mediation opens, and the case records it. */
  private async openClaimMediation(event: RecordedEvent): Promise<void> {
    const claimId = event.streamId.slice('claim-'.length);
    const data = event.data as Extract<ClaimEvent, { type: 'ClaimMediationRequested' }>['data'];
    const claim = await this.claimState(claimId, event);
    if (claim.status === 'NONE') return;
    const caseState = await this.caseState(claim.caseId, event);
    const opening: MediationOpening = {
      mediationId: data.mediationId,
      kind: 'ASSESSMENT',
      caseId: claim.caseId,
      claimId,
      district: caseState.district,
      committee: mediationCommitteeOf(caseState.district),
      parties: mediationParties(caseState),
      requestedBy: claim.party as PartyId,
      reason: data.reason,
      requestedAt: data.requestedAt,
      assessments: claim.assessments.map(({ lineItems, totalFen, assessedBy, assessedAt, rejection }) => ({
        lineItems: lineItems.map(({ description, amountFen }) => ({ description, amountFen })),
        totalFen,
        assessedBy,
        assessedAt,
        ...(rejection ? { rejection: { reason: rejection.reason, rejectedAt: rejection.rejectedAt } } : {}),
      })),
    };
    await this.onMediation(data.mediationId, event, { type: 'OpenMediation', opening, now: this.now() });
    await this.onCase(claim.caseId, event, {
      type: 'RecordClaimMediation',
      mediationId: data.mediationId,
      claimId,
      now: this.now(),
    });
  }

  /** Both parties signed, or the mediation failed: the case or the claim goes on from there. */
  private async recordMediationOutcome(event: RecordedEvent): Promise<void> {
    if (!event.streamId.startsWith('mediation-')) return;
    const mediation = await this.mediationState(event.streamId);
    if (mediation.status !== 'AGREED' && mediation.status !== 'FAILED') return;
    const { mediationId, caseId, claimId } = mediation;
    if (mediation.status === 'FAILED') {
      const reason = mediation.failure.reason;
      if (claimId === undefined) {
        await this.onCase(caseId, event, { type: 'ReferOfflineAfterMediation', mediationId, reason, now: this.now() });
      } else {
        await this.onClaim(claimId, event, { type: 'ReferClaimOffline', mediationId, reason, now: this.now() });
      }
      return;
    }
    if (claimId === undefined) {
      await this.onCase(caseId, event, { type: 'FinalizeByMediation', mediationId, now: this.now() });
      return;
    }
    await this.settleByMediation(claimId, mediation, event);
  }

  /** The claims of a case whose liability a mediation settled: each vehicle the agreement names is paid by it. */
  private async settleMediatedClaims(event: RecordedEvent): Promise<void> {
    const caseId = event.streamId.slice('case-'.length);
    const caseState = await this.caseState(caseId, event);
    const mediationId = caseState.liability?.mediationId;
    if (!mediationId) return;
    const mediation = await this.mediationState(mediationStreamId(mediationId));
    if (mediation.status !== 'AGREED') return;
    for (const { claimId } of caseState.claims) await this.settleByMediation(claimId, mediation, event);
  }

  private async settleByMediation(
    claimId: string,
    mediation: Extract<MediationState, { status: 'AGREED' }>,
    cause: RecordedEvent,
  ): Promise<void> {
    const claim = await this.claimState(claimId, cause);
    const vehicle = mediation.proposal.vehicles.find((candidate) => candidate.party === claim.party);
    if (claim.status === 'NONE' || !vehicle) return;
    const insurerOf = (party: string) =>
      mediation.parties.find((candidate) => candidate.party === party)?.insurer ?? '';
    const lines = vehicle.lines.map((line) => ({
      payer: insurerOf(line.payerParty),
      payerParty: line.payerParty,
      coverage: line.coverage,
      amountFen: line.amountFen,
    }));
    const payers = [...new Set(lines.map((line) => line.payer))];
    await this.onClaim(claimId, cause, {
      type: 'SettleByMediation',
      mediationId: mediation.mediationId,
      lines,
      straightThroughLimitFen: this.settings.straightThroughLimitFen,
      payoutIds: payers.map((payer) => derivedId('payout', claimId, payer)),
      now: this.now(),
    });
  }

  /** A mediation's stream, folded: a handful of events. */
  private async mediationState(streamId: string): Promise<MediationState> {
    const events = await this.eventStore.readStream(streamId);
    return foldMediation(events.map((recorded) => toDomainEvent<MediationEvent>(recorded)));
  }

  private async onMediation(mediationId: string, cause: RecordedEvent, command: MediationCommand): Promise<void> {
    await this.commands.onMediation(mediationId, command, this.context(cause));
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
  return state.status === 'CLOSED' || state.status === 'DECLINED' || state.status === 'REFERRED_OFFLINE';
}

/** The parties of a case as a mediation names them: who may sign, whose insurer pays. */
function mediationParties(state: CaseViewState): MediationOpening['parties'] {
  return PARTY_IDS.flatMap((party) => {
    const details = state.parties[party];
    return details
      ? [
          {
            party,
            ...(details.driverId ? { driverId: details.driverId } : {}),
            insurer: details.insurer,
            plate: details.plate,
          },
        ]
      : [];
  });
}
