import type { ReadDocument, ReadModelSchema, RecordedEvent } from '@quickclaim/platform';
import {
  alreadyApplied,
  idInStream,
  type DocumentChange,
  type Projection,
  type ReadDocuments,
} from '@quickclaim/platform/eventsourcing';

/** The promises the platform measures (domain.md): a police decision within 5 minutes of the request, payout within 30 of the report. */
export const SLA_TARGET_SECONDS = { requestToDecision: 5 * 60, reportToPayout: 30 * 60 } as const;

export type SlaMeasure = keyof typeof SLA_TARGET_SECONDS;

export interface SlaStatistic {
  count: number;
  totalSeconds: number;
  maxSeconds: number;
  /** How many met the promise. */
  withinTarget: number;
}

/** One district's day: every measurement that ended that day (in the platform's time zone). */
export interface SlaDayDocument extends ReadDocument {
  district: string;
  day: string;
  requestToDecision: SlaStatistic;
  reportToPayout: SlaStatistic;
}

/** What a case contributes: where, when reported, and when the police decision was last requested. */
export interface SlaCaseDocument extends ReadDocument {
  district: string;
  reportedAt: string;
  requestedAt: string | null;
}

/** A claim's case, copied when the claim opens, so its payout can be measured from the report. */
export interface SlaClaimDocument extends ReadDocument {
  caseId: string;
  district: string;
  reportedAt: string;
}

/**
 * The days are derived from the cases and claims: declared first, they are written first, so a
 * crash between collections leaves a case behind its day, never ahead (see ReadModelSchema).
 */
export const SLA_METRICS_SCHEMA: ReadModelSchema = {
  projection: 'sla-metrics',
  version: 1,
  collections: [
    { name: 'days', indexes: [{ keys: { day: 1 } }, { keys: { district: 1, day: 1 } }] },
    { name: 'cases', indexes: [] },
    { name: 'claims', indexes: [] },
  ],
};

export const SLA_DAYS = { projection: SLA_METRICS_SCHEMA.projection, collection: 'days' };

const EMPTY: SlaStatistic = { count: 0, totalSeconds: 0, maxSeconds: 0, withinTarget: 0 };

/** Pure: a day's statistics with one more measurement. */
export function recordMeasurement(statistic: SlaStatistic, seconds: number, targetSeconds: number): SlaStatistic {
  return {
    count: statistic.count + 1,
    totalSeconds: statistic.totalSeconds + seconds,
    maxSeconds: Math.max(statistic.maxSeconds, seconds),
    withinTarget: statistic.withinTarget + (seconds <= targetSeconds ? 1 : 0),
  };
}

const formatters = new Map<string, { format: Intl.DateTimeFormat; days: Map<string, string> }>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(instant: string, timeZone: string): string {
  let zone = formatters.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zone = { format, days: new Map() };
    formatters.set(timeZone, zone);
  }
  // Formatting is slow and every zone's offset is whole minutes: the day of a minute is remembered.
  const minute = instant.slice(0, 16);
  let day = zone.days.get(minute);
  if (day === undefined) {
    if (zone.days.size > 100_000) zone.days.clear();
    day = zone.format.format(new Date(instant));
    zone.days.set(minute, day);
  }
  return day;
}

const secondsBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/**
 * Service levels per district and day: request → decision (from the latest police request to the
 * officer's decision) and report → payout (from the case's report to each claim paid in full).
 * Pure: the day's document is read through `read`, so the same events always give the same days.
 */
export function slaMetricsProjection(settings: { timeZone: string }): Projection {
  /** The day's statistics with one more measurement, unless this event is already in them. */
  const measure = (
    event: RecordedEvent,
    read: ReadDocuments,
    where: { district: string; from: string; to: string },
    which: SlaMeasure,
  ): DocumentChange[] => {
    const day = dayIn(where.to, settings.timeZone);
    const id = `${where.district}|${day}`;
    const before = read('days', id) as SlaDayDocument | null;
    if (alreadyApplied(before, event)) return [];
    const current: SlaDayDocument = before ?? {
      _id: id,
      lastPosition: -1,
      district: where.district,
      day,
      requestToDecision: EMPTY,
      reportToPayout: EMPTY,
    };
    const seconds = secondsBetween(where.from, where.to);
    const document = {
      ...current,
      lastPosition: event.position,
      [which]: recordMeasurement(current[which], seconds, SLA_TARGET_SECONDS[which]),
    } as SlaDayDocument;
    return [{ collection: 'days', id, document }];
  };

  const onCase = (event: RecordedEvent, caseId: string, read: ReadDocuments): DocumentChange[] => {
    const known = read('cases', caseId) as SlaCaseDocument | null;
    switch (event.type) {
      case 'AccidentReported': {
        if (alreadyApplied(known, event)) return [];
        const data = event.data as { reportedAt: string; location: { district: string } };
        const document: SlaCaseDocument = {
          _id: caseId,
          lastPosition: event.position,
          district: data.location.district,
          reportedAt: data.reportedAt,
          requestedAt: null,
        };
        return [{ collection: 'cases', id: caseId, document }];
      }
      case 'PoliceDecisionRequested': {
        if (!known || alreadyApplied(known, event)) return [];
        const { requestedAt } = event.data as { requestedAt: string };
        const document: SlaCaseDocument = { ...known, lastPosition: event.position, requestedAt };
        return [{ collection: 'cases', id: caseId, document }];
      }
      case 'LiabilityDecided': {
        if (!known?.requestedAt) return [];
        const { decidedAt } = event.data as { decidedAt: string };
        return measure(
          event,
          read,
          { district: known.district, from: known.requestedAt, to: decidedAt },
          'requestToDecision',
        );
      }
      default:
        return [];
    }
  };

  const onClaim = (event: RecordedEvent, claimId: string, read: ReadDocuments): DocumentChange[] => {
    const claim = read('claims', claimId) as SlaClaimDocument | null;
    if (event.type === 'ClaimOpened') {
      if (alreadyApplied(claim, event)) return [];
      const caseId = String((event.data as { caseId?: unknown }).caseId);
      const known = read('cases', caseId) as SlaCaseDocument | null;
      if (!known) return [];
      const document: SlaClaimDocument = {
        _id: claimId,
        lastPosition: event.position,
        caseId,
        district: known.district,
        reportedAt: known.reportedAt,
      };
      return [{ collection: 'claims', id: claimId, document }];
    }
    if (event.type === 'ClaimPaid' && claim) {
      const { paidAt } = event.data as { paidAt: string };
      return measure(event, read, { district: claim.district, from: claim.reportedAt, to: paidAt }, 'reportToPayout');
    }
    return [];
  };

  return {
    name: SLA_METRICS_SCHEMA.projection,
    schema: SLA_METRICS_SCHEMA,
    keysOf(event) {
      const caseId = idInStream(event.streamId, 'case-');
      if (caseId !== null) {
        return ['AccidentReported', 'PoliceDecisionRequested', 'LiabilityDecided'].includes(event.type)
          ? [{ collection: 'cases', id: caseId }]
          : [];
      }
      const claimId = idInStream(event.streamId, 'claim-');
      if (claimId === null) return [];
      if (event.type === 'ClaimOpened') {
        return [
          { collection: 'claims', id: claimId },
          { collection: 'cases', id: String((event.data as { caseId?: unknown }).caseId) },
        ];
      }
      return event.type === 'ClaimPaid' ? [{ collection: 'claims', id: claimId }] : [];
    },
    apply(event, read) {
      const caseId = idInStream(event.streamId, 'case-');
      if (caseId !== null) return onCase(event, caseId, read);
      const claimId = idInStream(event.streamId, 'claim-');
      return claimId === null ? [] : onClaim(event, claimId, read);
    },
  };
}
