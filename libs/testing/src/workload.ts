import { EVERY_CONDITION_HOLDS } from './report-requests';
import {
  caseDecider,
  caseStreamId,
  type Allocation,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type PartyDetails,
  type PhotoKind,
} from '@quickclaim/accident-case';
import {
  DEFAULT_SETTLEMENT_RULES,
  claimDecider,
  claimStreamId,
  settle,
  type ClaimCommand,
  type ClaimEvent,
  type ClaimState,
} from '@quickclaim/claims';
import {
  derivedId,
  type Actor,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
} from '@quickclaim/platform';

/** One append as a command handler would make it. */
export interface WorkloadAppend {
  streamId: string;
  events: EventToAppend[];
  expectedRevision: ExpectedRevision;
}

export interface WorkloadOptions {
  cases: number;
  /** How many cases are in progress at once: their appends interleave in `$all`, as in production. */
  concurrent?: number;
  seed?: number;
  start?: string;
  districts?: readonly string[];
}

/** A small, fast, seeded generator: the same seed gives the same workload. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hex = (next: () => number, digits: number): string => {
  let text = '';
  for (let digit = 0; digit < digits; digit += 1) text += Math.floor(next() * 16).toString(16);
  return text;
};

const INSURERS = ['PICC', 'CPIC', 'PING_AN', 'CHINA_LIFE'];

/**
 * A scripted workload: whole accident stories driven through the real deciders, so every event is
 * one the platform could have recorded. Stories take every path: agreement, police decision,
 * evidence request, dispute and review, referral, withdrawal; claims assessed, settled (straight
 * through or approved), payouts failed and retried, paid, cases closed.
 */
export function* accidentWorkload(options: WorkloadOptions): Generator<WorkloadAppend> {
  const next = random(options.seed ?? 1);
  // Workloads of different seeds can go into one store: their event ids differ.
  const seedTag = ((options.seed ?? 1) & 0xffff).toString(16).padStart(4, '0');
  const districts = options.districts ?? ['yuzhong', 'jiangbei', 'nanan', 'shapingba'];
  const start = Date.parse(options.start ?? '2026-11-22T00:00:00.000Z');
  const revisions = new Map<string, number>();
  let eventNumber = 0;
  const append = (streamId: string, events: { type: string; data: object }[], actor: Actor, now: string) => {
    const revision = revisions.get(streamId) ?? -1;
    revisions.set(streamId, revision + events.length);
    return {
      streamId,
      expectedRevision: revision < 0 ? ('no_stream' as const) : revision,
      events: events.map((event) => {
        eventNumber += 1;
        const eventId = `00000000-${seedTag}-4000-8000-${eventNumber.toString(16).padStart(12, '0')}`;
        return {
          eventId,
          type: event.type,
          data: event.data as Record<string, unknown>,
          metadata: { correlationId: eventId, causationId: eventId, actor, recordedAt: now, schemaVersion: 1 },
        };
      }),
    };
  };
  const stories: Generator<WorkloadAppend>[] = [];
  let started = 0;
  const concurrent = Math.max(1, options.concurrent ?? 16);
  while (started < options.cases || stories.length > 0) {
    while (stories.length < concurrent && started < options.cases) {
      stories.push(story(started, districts[started % districts.length]!, start + started * 7_000, next, append));
      started += 1;
    }
    for (let index = 0; index < stories.length;) {
      const step = stories[index]!.next();
      if (step.done) {
        stories.splice(index, 1);
      } else {
        yield step.value;
        index += 1;
      }
    }
  }
}

type Append = (streamId: string, events: { type: string; data: object }[], actor: Actor, now: string) => WorkloadAppend;

function* story(
  number: number,
  district: string,
  startMs: number,
  next: () => number,
  append: Append,
): Generator<WorkloadAppend> {
  const caseId = `case${number.toString(36).padStart(6, '0')}-${hex(next, 8)}`;
  const driverA = `driver-${number}-a`;
  const driverB = `driver-${number}-b`;
  const officer = { officerId: `officer-${district}-${number % 3}`, district };
  const reviewer = { officerId: `officer-${district}-${(number % 3) + 1}`, district };
  let minute = 0;
  const now = () => new Date(startMs + minute * 60_000).toISOString();
  const later = (minutes: number) => {
    minute += minutes;
    return now();
  };
  let state: CaseState = caseDecider.initialState;
  const onCase = (command: CaseCommand, actor: Actor): WorkloadAppend | null => {
    const events: CaseEvent[] = caseDecider.decide(command, state);
    state = events.reduce(caseDecider.evolve, state);
    return events.length > 0 ? append(caseStreamId(caseId), events, actor, command.now) : null;
  };
  const driver = (sub: string): Actor => ({ sub, role: 'driver' });
  const police = (sub: string): Actor => ({ sub, role: 'officer', district });
  const party = (letter: string, insurer: string): PartyDetails => ({
    driverName: `driver ${number}${letter}`,
    phone: `138${String(number).padStart(8, '0')}`,
    licenceNo: `L-${number}-${letter}`,
    plate: `渝${letter}${String(number % 50_000).padStart(5, '0')}`,
    insurer,
    policyNumber: `${insurer}-${number}-${letter}`,
    coverage: { thirdPartyLimitFen: [50_000_00, 100_000_00, 200_000_00][number % 3]!, ownDamage: next() < 0.7 },
  });
  const photo = (kind: PhotoKind, by: string): CaseCommand => ({
    type: 'AttachPhoto',
    driverId: by,
    now: later(1),
    photo: {
      photoId: `${caseId}-photo-${(state.photos?.length ?? 0) + 1}`,
      kind,
      sha256: hex(next, 64),
      sizeBytes: 2_000_000 + Math.floor(next() * 1_000_000),
      width: 4000,
      height: 3000,
      format: 'jpeg',
      takenAt: now(),
      perceptualHash: hex(next, 16),
      flags: next() < 0.1 ? ['NO_EXIF'] : [],
    },
  });
  const steps: (() => WorkloadAppend | null)[] = [];
  const run = function* (): Generator<WorkloadAppend> {
    for (const step of steps.splice(0)) {
      const made = step();
      if (made) yield made;
    }
  };

  const insurerA = INSURERS[number % INSURERS.length]!;
  const insurerB = INSURERS[(number + 1) % INSURERS.length]!;
  steps.push(
    () =>
      onCase(
        {
          type: 'ReportAccident',
          caseId,
          joinCode: String(100_000 + (number % 900_000)),
          occurredAt: new Date(startMs - 5 * 60_000).toISOString(),
          location: {
            lat: 29.5 + next() / 10,
            lng: 106.5 + next() / 10,
            address: `${district} road ${number}`,
            district,
          },
          eligibility: EVERY_CONDITION_HOLDS,
          party: party('A', insurerA),
          driverId: driverA,
          now: now(),
          ...(next() < 0.05 ? { flags: ['LATE_REPORT'] } : {}),
        },
        driver(driverA),
      ),
    () =>
      onCase(
        {
          type: 'JoinCase',
          joinCode: state.joinCode ?? '',
          party: party('B', insurerB),
          driverId: driverB,
          now: later(1),
        },
        driver(driverB),
      ),
    () => onCase(photo('FRONT_SIDE', driverA), driver(driverA)),
    () => onCase(photo('REAR_SIDE', driverA), driver(driverA)),
    () => onCase(photo('POINT_OF_IMPACT', driverB), driver(driverB)),
    () =>
      onCase({ type: 'DeclareCircumstances', driverId: driverB, situations: ['S01'], now: later(1) }, driver(driverB)),
  );
  yield* run();

  const path = next();
  const decide = (by: typeof officer, allocation: Allocation = { A: 'NONE', B: 'FULL' }) =>
    onCase(
      { type: 'DecideLiability', ...by, allocation, situations: ['S01'], reasoning: 'rear-end', now: later(2) },
      police(by.officerId),
    );
  if (path < 0.08) {
    steps.push(() =>
      onCase({ type: 'WithdrawCase', driverId: driverA, reason: 'settled privately', now: later(3) }, driver(driverA)),
    );
    yield* run();
    return;
  }
  if (path < 0.13) {
    steps.push(
      () => onCase({ type: 'RequestPoliceDecision', driverId: driverA, now: later(1) }, driver(driverA)),
      () => onCase({ type: 'TakeCase', ...officer, now: later(1) }, police(officer.officerId)),
      () =>
        onCase(
          { type: 'ReferOffline', ...officer, reason: 'needs a look on site', now: later(2) },
          police(officer.officerId),
        ),
    );
    yield* run();
    return;
  }
  if (path < 0.45) {
    steps.push(
      () =>
        onCase(
          { type: 'ProposeAgreement', driverId: driverB, allocation: { A: 'NONE', B: 'FULL' }, now: later(1) },
          driver(driverB),
        ),
      () => onCase({ type: 'SignAgreement', driverId: driverA, now: later(1) }, driver(driverA)),
    );
  } else if (path < 0.85) {
    steps.push(
      () => onCase({ type: 'RequestPoliceDecision', driverId: driverA, now: later(1) }, driver(driverA)),
      () => onCase({ type: 'TakeCase', ...officer, now: later(1 + Math.floor(next() * 4)) }, police(officer.officerId)),
      () => decide(officer),
      () => onCase({ type: 'AcceptLiability', driverId: driverA, now: later(3) }, driver(driverA)),
      () => onCase({ type: 'AcceptLiability', driverId: driverB, now: later(5) }, driver(driverB)),
    );
  } else {
    steps.push(
      () => onCase({ type: 'RequestPoliceDecision', driverId: driverA, now: later(1) }, driver(driverA)),
      () => onCase({ type: 'TakeCase', ...officer, now: later(1) }, police(officer.officerId)),
      () =>
        onCase(
          { type: 'RequestEvidence', ...officer, kinds: ['PLATE'], note: 'both plates please', now: later(2) },
          police(officer.officerId),
        ),
      () => onCase(photo('PLATE', driverA), driver(driverA)),
      () => onCase({ type: 'RequestPoliceDecision', driverId: driverA, now: later(1) }, driver(driverA)),
      () => onCase({ type: 'TakeCase', ...officer, now: later(2) }, police(officer.officerId)),
      () => decide(officer, { A: 'MAJOR', B: 'MINOR' }),
      () =>
        onCase(
          { type: 'DisputeLiability', driverId: driverA, reason: 'B was too fast', now: later(10) },
          driver(driverA),
        ),
      () => onCase({ type: 'TakeCase', ...reviewer, now: later(3) }, police(reviewer.officerId)),
      () => decide(reviewer, { A: 'EQUAL', B: 'EQUAL' }),
      () => onCase({ type: 'AcceptLiability', driverId: driverA, now: later(3) }, driver(driverA)),
      () => onCase({ type: 'AcceptLiability', driverId: driverB, now: later(3) }, driver(driverB)),
    );
  }
  yield* run();
  if (state.status !== 'LIABILITY_FINAL') return;

  // What the claims process does: one claim per vehicle, each assessed, accepted, settled, paid.
  const system: Actor = { sub: 'system:claims-process', role: 'system' };
  const claims = (['A', 'B'] as const).map((letter) => ({ letter, claimId: derivedId('claim', caseId, letter) }));
  const claimStates = new Map<string, ClaimState>();
  const onClaim = (claimId: string, command: ClaimCommand, actor: Actor): WorkloadAppend | null => {
    const before = claimStates.get(claimId) ?? claimDecider.initialState;
    const events: ClaimEvent[] = claimDecider.decide(command, before);
    claimStates.set(claimId, events.reduce(claimDecider.evolve, before));
    return events.length > 0 ? append(claimStreamId(claimId), events, actor, command.now) : null;
  };
  const flags = [...new Set([...state.flags, ...state.photos.flatMap((each) => each.flags)])];
  for (const { letter, claimId } of claims) {
    const details = state.parties![letter]!;
    steps.push(() =>
      onClaim(
        claimId,
        {
          type: 'OpenClaim',
          claimId,
          caseId,
          party: letter,
          claimantId: driverOf(details),
          plate: details.plate,
          handlingInsurer: details.insurer,
          flags,
          now: later(0),
        },
        system,
      ),
    );
  }
  steps.push(() =>
    onCase(
      {
        type: 'RecordClaimsOpened',
        claims: claims.map(({ letter, claimId }) => ({ claimId, party: letter })),
        now: later(0),
      },
      system,
    ),
  );
  yield* run();
  const losses = new Map<string, number>();
  for (const { letter, claimId } of claims) {
    const details = state.parties![letter]!;
    const loss = 10_000 + Math.floor(next() * 600_000);
    losses.set(claimId, loss);
    const adjuster: Actor = { sub: `adjuster-${details.insurer}`, role: 'adjuster', insurer: details.insurer };
    steps.push(
      () =>
        onClaim(
          claimId,
          {
            type: 'AssessDamage',
            adjusterId: adjuster.sub,
            insurer: details.insurer,
            lineItems: [
              { description: 'bumper', amountFen: Math.floor(loss / 2) },
              { description: 'paint', amountFen: loss - Math.floor(loss / 2) },
            ],
            now: later(4),
          },
          adjuster,
        ),
      () =>
        onClaim(
          claimId,
          { type: 'AcceptAssessment', driverId: driverOf(details), now: later(2) },
          driver(driverOf(details)),
        ),
    );
  }
  yield* run();
  const settlements = settle(
    claims.map(({ letter, claimId }) => {
      const details = state.parties![letter]!;
      return {
        party: letter,
        insurer: details.insurer,
        liability: state.liability!.allocation[letter],
        lossFen: losses.get(claimId)!,
        thirdPartyLimitFen: details.coverage.thirdPartyLimitFen,
        ownDamage: details.coverage.ownDamage,
      };
    }),
    DEFAULT_SETTLEMENT_RULES,
  );
  for (const { letter, claimId } of claims) {
    const settlement = settlements.find((candidate) => candidate.party === letter)!;
    const payoutIds = [...new Set(settlement.lines.map((line) => line.payer))].map((payer) =>
      derivedId('payout', claimId, payer),
    );
    const handling = state.parties[letter]!.insurer;
    steps.push(
      () =>
        onClaim(
          claimId,
          {
            type: 'CalculateSettlement',
            settlement: { rule: settlement.rule, lines: settlement.lines },
            straightThroughLimitFen: 1_000_000,
            payoutIds,
            now: later(0),
          },
          system,
        ),
      () =>
        claimStates.get(claimId)!.status === 'ACCEPTED'
          ? onClaim(
              claimId,
              {
                type: 'ApproveSettlement',
                adjusterId: `adjuster-${handling}`,
                insurer: handling,
                payoutIds,
                now: later(5),
              },
              { sub: `adjuster-${handling}`, role: 'adjuster', insurer: handling },
            )
          : null,
    );
  }
  yield* run();
  for (const { claimId } of claims) {
    for (const payout of claimStates.get(claimId)!.payouts ?? []) {
      const payer: Actor = { sub: `gateway-${payout.payer}`, role: 'system', insurer: payout.payer };
      if (next() < 0.1) {
        steps.push(() =>
          onClaim(
            claimId,
            {
              type: 'RecordPayoutResult',
              payoutId: payout.payoutId,
              insurer: payout.payer,
              status: 'FAILED',
              reason: 'bank timeout',
              now: later(1),
            },
            payer,
          ),
        );
      }
      steps.push(() =>
        onClaim(
          claimId,
          {
            type: 'RecordPayoutResult',
            payoutId: payout.payoutId,
            insurer: payout.payer,
            status: 'PAID',
            reference: `BANK-${hex(next, 10)}`,
            now: later(2),
          },
          payer,
        ),
      );
    }
  }
  yield* run();
  const closed = claims
    .filter(({ claimId }) => claimStates.get(claimId)!.status === 'CLOSED')
    .map(({ claimId }) => claimId);
  if (closed.length === claims.length) {
    steps.push(() => onCase({ type: 'CloseCase', claimsClosed: closed, now: later(0) }, system));
    yield* run();
  }
}

/** Appends a workload to a store, as the command handlers would. */
export async function appendWorkload(store: EventStore, workload: Iterable<WorkloadAppend>): Promise<number> {
  let events = 0;
  for (const { streamId, events: batch, expectedRevision } of workload) {
    await store.append(streamId, batch, { expectedRevision });
    events += batch.length;
  }
  return events;
}

/**
 * Records events as a store would, without sealing them: for the pure given/then tests of
 * projections, which never look at hashes.
 */
export class EventLog {
  private position = 0;
  private readonly revisions = new Map<string, number>();

  constructor(
    private readonly actor: Actor = { sub: 'tester', role: 'driver' },
    private readonly recordedAt = '2026-11-22T08:00:00.000Z',
  ) {}

  record(
    streamId: string,
    events: readonly { type: string; data: object }[],
    recordedAt = this.recordedAt,
    actor = this.actor,
  ): RecordedEvent[] {
    return events.map((event) => {
      this.position += 1;
      const revision = (this.revisions.get(streamId) ?? -1) + 1;
      this.revisions.set(streamId, revision);
      const eventId = `event-${this.position}`;
      return {
        streamId,
        revision,
        position: this.position,
        eventId,
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: {
          eventId,
          correlationId: eventId,
          causationId: eventId,
          actor,
          recordedAt,
          schemaVersion: 1,
          prevHash: '0'.repeat(64),
          hash: 'f'.repeat(64),
        },
      };
    });
  }

  /** Every append of a workload, recorded in order. */
  recordAll(workload: Iterable<WorkloadAppend>): RecordedEvent[] {
    const recorded: RecordedEvent[] = [];
    for (const { streamId, events } of workload) {
      for (const event of events) {
        recorded.push(...this.record(streamId, [event], event.metadata.recordedAt, event.metadata.actor));
      }
    }
    return recorded;
  }
}

/** Every party of a workload's case is a driver who reported or joined it (no assistant files one). */
function driverOf(details: { driverId?: string }): string {
  if (details.driverId === undefined) throw new Error('A workload party is always a driver');
  return details.driverId;
}
