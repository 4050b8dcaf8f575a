import {
  caseDecider,
  caseStreamId,
  type CaseCommand,
  type CaseState,
  type PartyDetails,
} from '@quickclaim/accident-case';
import { claimDecider, claimStreamId, settle, type ClaimCommand, type ClaimState } from '@quickclaim/claims';
import { type Actor, type RecordedEvent } from '@quickclaim/platform';
import { InMemoryEventStore } from '@quickclaim/platform/memory';
import { EVERY_CONDITION_HOLDS } from '@quickclaim/testing';
import {
  caseAnchorRevision,
  caseDocumentAt,
  claimAnchorRevision,
  settlementAt,
  type IssuedDocument,
} from './documents-from-events';
import type { AgreementDocument, DecisionDocument, SettlementDocument } from '../model';

/**
 * Recorded streams for the documents' tests, made by the real deciders (commands in, events
 * out) and sealed into a hash chain by the in-memory event store, as the API would record them.
 */

export const CASE_ID = '0a2b4c6d-1111-4111-8111-111111111111';
export const CLAIM_A = '0a2b4c6d-2222-4222-8222-22222222222a';
export const CLAIM_B = '0a2b4c6d-2222-4222-8222-22222222222b';
export const T0 = '2026-11-22T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export const PARTY_A: PartyDetails = {
  driverName: '张三',
  phone: '13800000001',
  licenceNo: '500101199001011234',
  plate: '渝A12345',
  vehicleType: '小型轿车',
  insurer: 'PICC',
  policyNumber: 'PICC-2026-0001',
  coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
};

export const PARTY_B: PartyDetails = {
  driverName: '李四',
  phone: '13800000002',
  licenceNo: '500101199202021234',
  plate: '渝B67890',
  vehicleType: '小型越野车',
  insurer: 'CPIC',
  policyNumber: 'CPIC-2026-0002',
  coverage: { thirdPartyLimitFen: 50_000_000, ownDamage: false },
};

const DRIVER: Actor = { sub: 'driver-a', role: 'driver' };

export class RecordedStory {
  readonly store = new InMemoryEventStore();
  private caseState: CaseState = caseDecider.initialState;
  private readonly claims = new Map<string, ClaimState>();
  private sequence = 0;

  async onCase(command: CaseCommand, actor: Actor = DRIVER): Promise<void> {
    const events = caseDecider.decide(command, this.caseState);
    this.caseState = events.reduce(caseDecider.evolve, this.caseState);
    await this.append(caseStreamId(CASE_ID), events, actor, command.now);
  }

  async onClaim(claimId: string, command: ClaimCommand, actor: Actor): Promise<void> {
    const state = this.claims.get(claimId) ?? claimDecider.initialState;
    const events = claimDecider.decide(command, state);
    this.claims.set(claimId, events.reduce(claimDecider.evolve, state));
    await this.append(claimStreamId(claimId), events, actor, command.now);
  }

  caseEvents(): Promise<RecordedEvent[]> {
    return this.store.readStream(caseStreamId(CASE_ID));
  }

  claimEvents(claimId: string): Promise<RecordedEvent[]> {
    return this.store.readStream(claimStreamId(claimId));
  }

  private async append(
    streamId: string,
    events: readonly { type: string; data: object }[],
    actor: Actor,
    now: string,
  ): Promise<void> {
    const existing = await this.store.readStream(streamId);
    await this.store.append(
      streamId,
      events.map((event) => {
        this.sequence += 1;
        return {
          eventId: `00000000-0000-4000-8000-${String(this.sequence).padStart(12, '0')}`,
          type: event.type,
          data: event.data as Record<string, unknown>,
          metadata: { correlationId: 'story', causationId: 'story', actor, recordedAt: now, schemaVersion: 1 },
        };
      }),
      { expectedRevision: existing.length === 0 ? 'no_stream' : existing.length - 1 },
    );
  }
}

async function reportedAndJoined(): Promise<RecordedStory> {
  const story = new RecordedStory();
  await story.onCase({
    type: 'ReportAccident',
    caseId: CASE_ID,
    joinCode: '123456',
    occurredAt: at(-5),
    location: { lat: 29.563, lng: 106.551, address: '重庆市渝中区解放碑步行街路口', district: 'yuzhong' },
    weather: 'rain',
    description: '等红灯时被后车追尾',
    eligibility: EVERY_CONDITION_HOLDS,
    party: PARTY_A,
    driverId: 'driver-a',
    now: T0,
  });
  await story.onCase(
    { type: 'JoinCase', joinCode: '123456', party: PARTY_B, driverId: 'driver-b', now: at(1) },
    { sub: 'driver-b', role: 'driver' },
  );
  await story.onCase(
    {
      type: 'DeclareCircumstances',
      situations: ['S01'],
      note: '雨天路滑未能及时刹车',
      driverId: 'driver-b',
      now: at(2),
    },
    { sub: 'driver-b', role: 'driver' },
  );
  return story;
}

/** B ran into A from behind; both sign B FULL / A NONE. */
export async function agreedStory(): Promise<RecordedStory> {
  const story = await reportedAndJoined();
  await story.onCase({
    type: 'ProposeAgreement',
    allocation: { A: 'NONE', B: 'FULL' },
    driverId: 'driver-a',
    now: at(3),
  });
  await story.onCase({ type: 'SignAgreement', driverId: 'driver-b', now: at(4) }, { sub: 'driver-b', role: 'driver' });
  return story;
}

const OFFICER: Actor = { sub: 'officer-1', role: 'officer', district: 'yuzhong' };

/** The same accident decided by an officer; A accepts, B stays silent past the response period. */
export async function decidedStory(): Promise<RecordedStory> {
  const story = await reportedAndJoined();
  for (const [index, kind] of (['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT'] as const).entries()) {
    await story.onCase({
      type: 'AttachPhoto',
      photo: {
        photoId: `0a2b4c6d-3333-4333-8333-33333333333${index}`,
        kind,
        sha256: `${index}`.repeat(64),
        sizeBytes: 1000,
        width: 64,
        height: 48,
        format: 'jpeg',
        flags: [],
      },
      driverId: 'driver-a',
      now: at(2),
    });
  }
  await story.onCase({ type: 'RequestPoliceDecision', driverId: 'driver-a', now: at(3) });
  await story.onCase({ type: 'TakeCase', officerId: 'officer-1', district: 'yuzhong', now: at(4) }, OFFICER);
  await story.onCase(
    {
      type: 'DecideLiability',
      allocation: { A: 'NONE', B: 'FULL' },
      situations: ['S01'],
      reasoning: '乙方车辆在同一车道内未与前车保持安全距离，追尾甲方车辆。',
      officerId: 'officer-1',
      district: 'yuzhong',
      now: at(6),
    },
    OFFICER,
  );
  await story.onCase({ type: 'AcceptLiability', driverId: 'driver-a', now: at(8) });
  await story.onCase({ type: 'CloseResponsePeriod', now: at(6 + 3 * 24 * 60) }, { sub: 'sweeper', role: 'system' });
  return story;
}

const PICC: Actor = { sub: 'adjuster-picc', role: 'adjuster', insurer: 'PICC' };

/** After the agreement: A's claim assessed at ¥3,456.78, accepted, settled, approved and paid by CPIC. */
export async function paidStory(): Promise<RecordedStory> {
  const story = await agreedStory();
  const system: Actor = { sub: 'claims-process', role: 'system' };
  await story.onCase({ type: 'RecordClaimsOpened', claims: [{ claimId: CLAIM_A, party: 'A' }], now: at(5) }, system);
  await story.onClaim(
    CLAIM_A,
    {
      type: 'OpenClaim',
      claimId: CLAIM_A,
      caseId: CASE_ID,
      party: 'A',
      claimantId: 'driver-a',
      plate: PARTY_A.plate,
      handlingInsurer: 'PICC',
      flags: ['NO_EXIF'],
      now: at(5),
    },
    system,
  );
  await story.onClaim(
    CLAIM_A,
    {
      type: 'AssessDamage',
      adjusterId: 'adjuster-picc',
      insurer: 'PICC',
      lineItems: [
        { description: '后保险杠更换', amountFen: 280_000 },
        { description: '尾灯总成', amountFen: 65_678 },
      ],
      now: at(20),
    },
    PICC,
  );
  await story.onClaim(CLAIM_A, { type: 'AcceptAssessment', driverId: 'driver-a', now: at(22) }, DRIVER);
  const [settlement] = settle([
    {
      party: 'A',
      insurer: 'PICC',
      liability: 'NONE',
      lossFen: 345_678,
      thirdPartyLimitFen: 100_000_000,
      ownDamage: true,
    },
    { party: 'B', insurer: 'CPIC', liability: 'FULL', lossFen: 0, thirdPartyLimitFen: 50_000_000, ownDamage: false },
  ]);
  await story.onClaim(
    CLAIM_A,
    {
      type: 'CalculateSettlement',
      settlement: { rule: settlement!.rule, lines: settlement!.lines },
      straightThroughLimitFen: 1_000_000,
      payoutIds: ['0a2b4c6d-4444-4444-8444-444444444441', '0a2b4c6d-4444-4444-8444-444444444442'],
      now: at(23),
    },
    system,
  );
  await story.onClaim(
    CLAIM_A,
    {
      type: 'ApproveSettlement',
      adjusterId: 'adjuster-picc',
      insurer: 'PICC',
      payoutIds: ['0a2b4c6d-4444-4444-8444-444444444441', '0a2b4c6d-4444-4444-8444-444444444442'],
      now: at(25),
    },
    PICC,
  );
  const claim = await story.claimEvents(CLAIM_A);
  const requested = claim.filter((event) => event.type === 'PayoutRequested');
  for (const [index, event] of requested.entries()) {
    await story.onClaim(
      CLAIM_A,
      {
        type: 'RecordPayoutResult',
        payoutId: String(event.data.payoutId),
        insurer: String(event.data.payer),
        status: 'PAID',
        reference: `PAY-${index + 1}`,
        now: at(30 + index),
      },
      { sub: `gateway-${String(event.data.payer)}`, role: 'adjuster', insurer: String(event.data.payer) },
    );
  }
  return story;
}

/** The agreement or the decision a story's case yields at its final liability. */
export async function issuedCaseDocument(
  kind: 'agreement' | 'decision',
  story: RecordedStory,
): Promise<IssuedDocument<AgreementDocument | DecisionDocument>> {
  const events = await story.caseEvents();
  return caseDocumentAt(kind, CASE_ID, events, caseAnchorRevision(kind, events)!)!;
}

/** The settlement of claim A of a paid story. */
export async function issuedSettlement(story: RecordedStory): Promise<IssuedDocument<SettlementDocument>> {
  const claimEvents = await story.claimEvents(CLAIM_A);
  const caseEvents = await story.caseEvents();
  return settlementAt(
    CLAIM_A,
    claimEvents,
    claimAnchorRevision(claimEvents)!,
    caseEvents,
    caseAnchorRevision('agreement', caseEvents)!,
  )!;
}
