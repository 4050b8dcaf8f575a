import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, EVENT_STORE, type Clock, type EventStore } from '@quickclaim/platform';
import type { ProjectionRunner, ProjectionState } from '@quickclaim/platform/eventsourcing';
import { SLA_METRICS, dayIn, type SlaDayDocument, type SlaMetrics, type SlaStatistic } from '@quickclaim/read-side';
import { Gauge } from 'prom-client';
import type { AppConfig } from '../config';
import { APP_CONFIG, PROJECTION_RUNNER } from '../tokens';
import { Metrics } from './metrics';

/** How many days of service levels /metrics exports, today included. */
const SLA_DAYS_EXPORTED = 7;
const DAY_MS = 86_400_000;

const MEASURES = [
  ['requestToDecision', 'request_to_decision', 'police request to liability decision'],
  ['reportToPayout', 'report_to_payout', 'accident report to claim paid'],
] as const;

const STATISTICS: readonly (readonly [keyof SlaStatistic, string, string])[] = [
  ['count', 'count', 'how many were measured'],
  ['totalSeconds', 'seconds_sum', 'their total duration in seconds'],
  ['maxSeconds', 'seconds_max', 'the longest, in seconds'],
  ['withinTarget', 'within_target', 'how many met the promise'],
];

/** One load shared by every gauge of a scrape. */
function sharedFor<T>(milliseconds: number, load: () => Promise<T>): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | null = null;
  return () => {
    const now = performance.now();
    if (!cached || now - cached.at > milliseconds) cached = { at: now, value: load() };
    return cached.value;
  };
}

/**
 * The read side in /metrics, read when scraped: each projection's position, lag and failures, the
 * store's head, and the service levels per district and day from the sla-metrics read model.
 */
@Injectable()
export class ReadSideMetrics {
  constructor(
    metrics: Metrics,
    @Inject(PROJECTION_RUNNER) projections: ProjectionRunner,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(SLA_METRICS) sla: SlaMetrics,
    @Inject(CLOCK) clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const registers = [metrics.registry];
    const states = sharedFor(500, () => projections.states().catch((): ProjectionState[] => []));
    const perProjection = (name: string, help: string, value: (state: ProjectionState) => number) => {
      const gauge: Gauge<'projection'> = new Gauge({
        name,
        help,
        labelNames: ['projection'],
        registers,
        collect: async () => {
          gauge.reset();
          for (const state of await states()) gauge.set({ projection: state.name }, value(state));
        },
      });
    };
    perProjection(
      'quickclaim_projection_position',
      'Global position each projection has applied',
      (state) => state.position,
    );
    perProjection(
      'quickclaim_projection_lag',
      'Positions between the event store head and each projection',
      (state) => state.lag,
    );
    perProjection(
      'quickclaim_projection_failures',
      'Recorded events each projection could not apply',
      (state) => state.failureCount,
    );
    const head: Gauge = new Gauge({
      name: 'quickclaim_event_store_head_position',
      help: 'Global position of the newest event',
      registers,
      collect: async () => head.set(await eventStore.headPosition().catch(() => -1)),
    });

    const days = sharedFor(500, (): Promise<SlaDayDocument[]> => {
      const first = dayIn(
        new Date(clock.now().getTime() - (SLA_DAYS_EXPORTED - 1) * DAY_MS).toISOString(),
        config.timeZone,
      );
      return sla.since(first).catch(() => []);
    });
    for (const [measure, metric, what] of MEASURES) {
      for (const [statistic, suffix, meaning] of STATISTICS) {
        const gauge: Gauge<'district' | 'day'> = new Gauge({
          name: `quickclaim_sla_${metric}_${suffix}`,
          help: `Service level, ${what}, per district and day (${config.timeZone}), last ${SLA_DAYS_EXPORTED} days: ${meaning}`,
          labelNames: ['district', 'day'],
          registers,
          collect: async () => {
            gauge.reset();
            for (const day of await days())
              gauge.set({ district: day.district, day: day.day }, day[measure][statistic]);
          },
        });
      }
    }
  }
}
