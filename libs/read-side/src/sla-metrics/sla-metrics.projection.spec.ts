import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, ReadModelSpecification, project } from '@quickclaim/testing';
import { SlaMetrics } from './sla-metrics';
import { dayIn, slaMetricsProjection, type SlaDayDocument } from './sla-metrics.projection';

const projection = slaMetricsProjection({ timeZone: 'Asia/Shanghai' });
const spec = ReadModelSpecification(projection);
const at = (minutes: number, from = '2026-11-22T08:00:00.000Z') =>
  new Date(Date.parse(from) + minutes * 60_000).toISOString();

function story(log: EventLog, caseId: string, district: string, reportedAt: string, decisionMinutes: number) {
  const from = (minutes: number) => at(minutes, reportedAt);
  return [
    ...log.record(`case-${caseId}`, [
      { type: 'AccidentReported', data: { caseId, reportedAt, location: { district } } },
      { type: 'PoliceDecisionRequested', data: { requestedAt: from(4), district, review: false } },
      { type: 'LiabilityDecided', data: { decidedAt: from(4 + decisionMinutes) } },
    ]),
    ...log.record(`claim-${caseId}-a`, [{ type: 'ClaimOpened', data: { caseId } }]),
    ...log.record(`claim-${caseId}-a`, [{ type: 'ClaimPaid', data: { paidAt: from(25), totalFen: 1 } }]),
  ];
}

describe('SLA metrics projection', () => {
  it('measures request → decision and report → payout per district and day (in the platform’s zone)', () => {
    const log = new EventLog();
    const events = [
      ...story(log, '1', 'yuzhong', at(0), 3),
      ...story(log, '2', 'yuzhong', at(10), 9),
      // 17:30 UTC is already the next day in Shanghai.
      ...story(log, '3', 'yuzhong', '2026-11-22T17:30:00.000Z', 2),
    ];
    spec.given(events).then((documents) => {
      expect(documents.get('days')!.get('yuzhong|2026-11-22')).toMatchObject({
        district: 'yuzhong',
        day: '2026-11-22',
        requestToDecision: { count: 2, totalSeconds: 12 * 60, maxSeconds: 9 * 60, withinTarget: 1 },
        reportToPayout: { count: 2, totalSeconds: 50 * 60, maxSeconds: 25 * 60, withinTarget: 2 },
      });
      expect(documents.get('days')!.get('yuzhong|2026-11-23')).toMatchObject({
        requestToDecision: { count: 1, totalSeconds: 120, withinTarget: 1 },
      });
    });
    spec.given(events).thenDuplicatesChangeNothing();
  });

  it('measures a review from its own request, and ignores a decision without one', () => {
    const log = new EventLog();
    const events = [
      ...story(log, '1', 'nanan', at(0), 3),
      ...log.record('case-1', [
        { type: 'PoliceDecisionRequested', data: { requestedAt: at(40), district: 'nanan', review: true } },
        { type: 'LiabilityDecided', data: { decidedAt: at(41) } },
      ]),
      ...log.record('case-unknown', [{ type: 'LiabilityDecided', data: { decidedAt: at(41) } }]),
    ];
    spec.given(events).then((documents) => {
      expect((documents.get('days')!.get('nanan|2026-11-22') as SlaDayDocument).requestToDecision).toEqual({
        count: 2,
        totalSeconds: 180 + 60,
        maxSeconds: 180,
        withinTarget: 2,
      });
      expect(documents.get('days')!.size).toBe(1);
    });
  });

  it('answers the days from a given day on from its index', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    const log = new EventLog();
    await project(store, projection, [
      ...story(log, '1', 'yuzhong', at(0), 3),
      ...story(log, '2', 'jiangbei', at(0), 6),
      ...story(log, '3', 'yuzhong', at(-3 * 24 * 60), 6),
    ]);
    const days = await new SlaMetrics(store).since(dayIn(at(-60), 'Asia/Shanghai'));
    expect(days.map((day) => `${day.district}|${day.day}`).sort()).toEqual([
      'jiangbei|2026-11-22',
      'yuzhong|2026-11-22',
    ]);
  });
});
