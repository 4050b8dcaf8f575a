import type { ReadStore } from '@quickclaim/platform';
import { SLA_DAYS, SLA_METRICS_SCHEMA, type SlaDayDocument } from './sla-metrics.projection';

export const SLA_METRICS = Symbol('SLA_METRICS');

/** The service-level statistics per district and day, for /metrics and the consoles. */
export class SlaMetrics {
  static readonly projection = SLA_METRICS_SCHEMA.projection;

  constructor(private readonly store: ReadStore) {}

  /** Every district's statistics for the days from `firstDay` (YYYY-MM-DD) on. */
  since(firstDay: string): Promise<SlaDayDocument[]> {
    return this.store.find<SlaDayDocument>(SLA_DAYS, { day: { $gte: firstDay } }, { sort: { day: 1 } });
  }
}
