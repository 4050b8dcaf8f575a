import { caseIndexProjection, caseViewsProjection, deskQueueProjection } from '@quickclaim/accident-case';
import { claimViewsProjection, payoutsLedgerProjection } from '@quickclaim/claims';
import { fraudSignalsProjection } from '@quickclaim/evidence';
import { mediationViewsProjection } from '@quickclaim/mediation';
import type { Projection } from '@quickclaim/platform/eventsourcing';
import { slaMetricsProjection } from './sla-metrics/sla-metrics.projection';

export interface ReadModelSettings {
  /** The platform's time zone: SLA days are its calendar days. */
  timeZone: string;
}

/**
 * Every read model of the platform, fed by one runner in the API process (embedded default) or in
 * `apps/projector` (production), and rebuilt one by one by name.
 */
export function readModels(settings: ReadModelSettings): Projection[] {
  return [
    caseViewsProjection,
    deskQueueProjection,
    claimViewsProjection,
    payoutsLedgerProjection,
    fraudSignalsProjection,
    mediationViewsProjection,
    slaMetricsProjection({ timeZone: settings.timeZone }),
    caseIndexProjection,
  ];
}
