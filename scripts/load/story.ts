/**
 * The whole story as virtual users play it against a running server: pairs of drivers report,
 * join and declare; half agree on liability, half ask the police (with three small photos, which
 * the police route requires); officers of five districts take and decide their queue; adjusters
 * of two insurers assess and approve; drivers accept, the simulated insurers pay, cases close.
 * Bounded in count (stories per pair) and in time (a deadline), and stoppable at any moment.
 */
import { EVERY_CONDITION_HOLDS, plateNumber } from '../../libs/testing/src/report-requests';
import { LoadClient, Recorder, UnexpectedAnswer, sleep } from './load-client';

export const DISTRICTS = ['yuzhong', 'jiangbei', 'nanan', 'shapingba', 'jiulongpo'] as const;
const INSURER_OF = { A: 'PICC', B: 'CPIC' } as const;
/** By default phones look for news twice a second, the desk and insurer consoles four times. */
const DRIVER_POLL_MS = 500;
const STAFF_POLL_MS = 250;

export interface StoryOptions {
  baseUrl: string;
  recorder: Recorder;
  /** Pairs of drivers: 25 pairs are the 50 concurrent drivers. */
  pairs: number;
  storiesPerPair: number;
  /** Epoch ms after which no new step starts. */
  deadline: number;
  /** A small JPEG for the three photos of the police route; each upload appends `photoSalt` bytes so hashes differ. */
  smallPhoto: Buffer;
  /** Checked between steps: true ends every virtual user at its next step. */
  shouldStop?: () => boolean;
  /** Pairs start spread evenly over this many ms, as users do, rather than all in the same instant. */
  rampUpMs?: number;
  /**
   * A person's pause before each of their commands (reading the screen, typing), jittered between
   * half and one and a half times this; 0 sends every command at once (the crash test's hammering).
   */
  thinkMs?: number;
  /** How often a waiting phone, and a desk or insurer console, asks again (defaults 500 and 250 ms). */
  driverPollMs?: number;
  staffPollMs?: number;
  /** Where acknowledged commands are recorded as they happen (the outcome holds the same list). */
  acknowledged?: StoryOutcome['acknowledged'];
}

export interface StoryOutcome {
  completed: number;
  started: number;
  /** Every acknowledged (2xx) command: the stream it wrote to and the event it must have recorded. */
  acknowledged: { streamId: string; eventType: string }[];
}

interface CaseView {
  status: string;
  claims: { claimId: string; party: 'A' | 'B'; status: string }[];
}

interface ClaimView {
  claimId: string;
  status: string;
  handlingInsurer: string;
  assessment?: unknown;
  settlement?: { straightThrough?: boolean } | null;
}

class Stopped extends Error {}

export async function runStories(options: StoryOptions): Promise<StoryOutcome> {
  const outcome: StoryOutcome = { completed: 0, started: 0, acknowledged: options.acknowledged ?? [] };
  const stopped = () => options.shouldStop?.() === true || Date.now() > options.deadline;
  let driversDone = false;
  const staffStopped = () => options.shouldStop?.() === true || driversDone || Date.now() > options.deadline + 5_000;
  const ack = (streamId: string, eventType: string) => outcome.acknowledged.push({ streamId, eventType });
  const token = (claims: Record<string, string>) => LoadClient.as(options.baseUrl, options.recorder, claims);

  const officers = await Promise.all(
    DISTRICTS.map((district, index) => token({ sub: `officer-${index}`, role: 'officer', district })),
  );
  const adjusters = await Promise.all(
    Object.values(INSURER_OF).map((insurer) => token({ sub: `adjuster-${insurer}`, role: 'adjuster', insurer })),
  );
  const pairs = await Promise.all(
    Array.from({ length: options.pairs }, async (_, pair) => ({
      pair,
      A: await token({ sub: `driver-${pair}-a`, role: 'driver', phone: `1380000${String(pair * 2).padStart(4, '0')}` }),
      B: await token({
        sub: `driver-${pair}-b`,
        role: 'driver',
        phone: `1380000${String(pair * 2 + 1).padStart(4, '0')}`,
      }),
    })),
  );

  let plate = 0;
  let photoSalt = 0;
  const driverPollMs = options.driverPollMs ?? DRIVER_POLL_MS;
  const staffPollMs = options.staffPollMs ?? STAFF_POLL_MS;
  /** Before a person's command: their pause, then a check that the run is still on. */
  const step = async () => {
    if (stopped()) throw new Stopped();
    const think = options.thinkMs ?? 0;
    if (think > 0) await sleep(think * (0.5 + Math.random()));
    if (stopped()) throw new Stopped();
  };
  const checkStopped = () => {
    if (stopped()) throw new Stopped();
  };
  const until = async <T>(read: () => Promise<T | undefined>): Promise<T> => {
    for (;;) {
      checkStopped();
      const value = await read();
      if (value !== undefined) return value;
      await sleep(driverPollMs);
    }
  };

  const party = (letter: 'A' | 'B', pair: number) => {
    plate += 1;
    return {
      driverName: letter === 'A' ? '张三' : '李四',
      phone: `1380000${String(pair * 2 + (letter === 'A' ? 0 : 1)).padStart(4, '0')}`,
      licenceNo: `11010119900101${String(pair).padStart(4, '0')}`,
      plate: plateNumber(plate, letter),
      insurer: INSURER_OF[letter],
      policyNumber: `${INSURER_OF[letter]}-2026-${plate}`,
      coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
    };
  };

  async function story(pair: (typeof pairs)[number], index: number): Promise<void> {
    const { A, B } = pair;
    const district = DISTRICTS[pair.pair % DISTRICTS.length]!;
    await step();
    const reported = await A.send<{ caseId: string; joinCode: string }>('report accident', 'POST', '/cases', {
      occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      location: { lat: 29.563, lng: 106.551, address: '重庆市渝中区解放碑', district },
      eligibility: EVERY_CONDITION_HOLDS,
      party: party('A', pair.pair),
    });
    const { caseId, joinCode } = reported.body;
    const stream = `case-${caseId}`;
    ack(stream, 'AccidentReported');
    await step();
    await B.send('join case', 'POST', `/cases/${caseId}/join`, { joinCode, party: party('B', pair.pair) });
    ack(stream, 'PartyJoined');
    for (const [driver, situation] of [
      [A, 'S01'],
      [B, 'S02'],
    ] as const) {
      await step();
      await driver.send('declare circumstances', 'POST', `/cases/${caseId}/circumstances`, { situations: [situation] });
      ack(stream, 'CircumstancesDeclared');
    }
    if (index % 2 === 0) {
      await step();
      await A.send('propose agreement', 'POST', `/cases/${caseId}/agreement`, { allocation: { A: 'FULL', B: 'NONE' } });
      ack(stream, 'AgreementProposed');
      await step();
      await B.send('sign agreement', 'POST', `/cases/${caseId}/agreement/sign`);
      ack(stream, 'AgreementSigned');
    } else {
      for (const kind of ['FRONT_SIDE', 'REAR_SIDE', 'POINT_OF_IMPACT']) {
        await step();
        photoSalt += 1;
        const form = new FormData();
        form.append('kind', kind);
        form.append(
          'file',
          new Blob([new Uint8Array(Buffer.concat([options.smallPhoto, Buffer.from(`#${photoSalt}`)]))]),
          'photo.jpg',
        );
        await A.send('attach small photo', 'POST', `/cases/${caseId}/photos`, form, [201]);
        ack(stream, 'PhotoAttached');
      }
      await step();
      await A.send('ask for police review', 'POST', `/cases/${caseId}/police-review`);
      ack(stream, 'PoliceDecisionRequested');
      await until(async () => {
        const view = await A.send<CaseView>('read case (poll)', 'GET', `/cases/${caseId}`);
        return view.body.status === 'DECIDED' ? true : undefined;
      });
      for (const driver of [A, B]) {
        await step();
        await driver.send('accept liability', 'POST', `/cases/${caseId}/liability/accept`);
        ack(stream, 'LiabilityAccepted');
      }
    }
    const claims = await until(async () => {
      const view = await A.send<CaseView>('read case (poll)', 'GET', `/cases/${caseId}`);
      return view.body.claims.length === 2 ? view.body.claims : undefined;
    });
    for (const claim of claims) {
      const claimant = claim.party === 'A' ? A : B;
      await until(async () => {
        const view = await claimant.send<ClaimView>('read claim (poll)', 'GET', `/claims/${claim.claimId}`);
        return view.body.assessment ? true : undefined;
      });
      await step();
      await claimant.send('accept assessment', 'POST', `/claims/${claim.claimId}/assessment/accept`);
      ack(`claim-${claim.claimId}`, 'AssessmentAccepted');
    }
    await until(async () => {
      const view = await A.send<CaseView>('read case (poll)', 'GET', `/cases/${caseId}`);
      return view.body.status === 'CLOSED' ? true : undefined;
    });
  }

  async function driverPair(pair: (typeof pairs)[number]): Promise<void> {
    await sleep(((options.rampUpMs ?? 0) * pair.pair) / Math.max(1, options.pairs));
    for (let index = 0; index < options.storiesPerPair && !stopped(); index += 1) {
      outcome.started += 1;
      try {
        await story(pair, pair.pair + index);
        outcome.completed += 1;
      } catch (error) {
        if (error instanceof Stopped) return;
        if (!(error instanceof UnexpectedAnswer)) throw error;
        if (stopped()) return;
        // Recorded by the client; the pair goes on with its next story.
      }
    }
  }

  async function officer(client: LoadClient, index: number): Promise<void> {
    while (!staffStopped()) {
      try {
        const queue = await client.send<{ items: { caseId: string; assignedTo?: string }[] }>(
          'read desk queue',
          'GET',
          '/desk/queue?limit=20',
        );
        for (const item of queue.body.items) {
          if (staffStopped()) return;
          const stream = `case-${item.caseId}`;
          if (item.assignedTo === undefined) {
            await client.send('take case', 'POST', `/cases/${item.caseId}/assignment`);
            ack(stream, 'OfficerAssigned');
          }
          if (item.assignedTo === undefined || item.assignedTo === `officer-${index}`) {
            await client.send('decide liability', 'POST', `/cases/${item.caseId}/liability/decision`, {
              allocation: { A: 'FULL', B: 'NONE' },
              reasoning: 'A ran into B from behind (rear-end collision).',
            });
            ack(stream, 'LiabilityDecided');
          }
        }
        if (queue.body.items.length === 0) await sleep(staffPollMs);
      } catch (error) {
        if (!(error instanceof UnexpectedAnswer)) throw error;
        await sleep(staffPollMs);
      }
    }
  }

  async function adjuster(client: LoadClient): Promise<void> {
    const handled = new Set<string>();
    while (!staffStopped()) {
      try {
        const claims = await client.send<{ items: ClaimView[] }>('read insurer claims', 'GET', '/insurer/claims');
        let worked = false;
        for (const claim of claims.body.items) {
          if (staffStopped()) return;
          if (claim.status === 'OPEN' && !handled.has(`assess ${claim.claimId}`)) {
            handled.add(`assess ${claim.claimId}`);
            await client.send('assess damage', 'POST', `/claims/${claim.claimId}/assessment`, {
              lineItems: [{ description: 'bumper and lamp', amountFen: 300_000 }],
            });
            ack(`claim-${claim.claimId}`, 'DamageAssessed');
            worked = true;
          } else if (
            claim.status === 'ACCEPTED' &&
            claim.settlement &&
            claim.settlement.straightThrough === false &&
            !handled.has(`approve ${claim.claimId}`)
          ) {
            handled.add(`approve ${claim.claimId}`);
            await client.send('approve settlement', 'POST', `/claims/${claim.claimId}/approval`);
            ack(`claim-${claim.claimId}`, 'SettlementApproved');
            worked = true;
          }
        }
        if (!worked) await sleep(staffPollMs);
      } catch (error) {
        if (!(error instanceof UnexpectedAnswer)) throw error;
        await sleep(staffPollMs);
      }
    }
  }

  const staff = [
    ...officers.map((client, index) => officer(client, index)),
    ...adjusters.map((client) => adjuster(client)),
  ];
  await Promise.all(pairs.map((pair) => driverPair(pair)));
  driversDone = true;
  await Promise.all(staff);
  return outcome;
}
