import { type ReadModelSchema, type RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream } from '@quickclaim/platform/eventsourcing';
import { EMPTY_CASE_VIEW, evolveCaseViewState, type CaseViewState } from './case-view.state';
import { isCaseEvent } from '../domain/case.events';
import { PARTY_IDS } from '../domain/case.types';

export interface TimelineEntry {
  at: string;
  type: string;
  actor: { sub: string; role: string };
  revision: number;
}

/** One case as the drivers and the audit views read it (GET /cases/{id}, GET /me/cases). */
export interface CaseViewDocument {
  _id: string;
  caseId: string;
  /** The last global position applied: anything at or before it is a duplicate. */
  lastPosition: number;
  revision: number;
  /** The case as its screens show it: the read model's own shape, not the decider's state. */
  state: CaseViewState;
  timeline: TimelineEntry[];
  /** Drivers who are parties to the case: GET /me/cases looks cases up by these. */
  driverIds: string[];
  reportedAt: string;
  status: CaseViewState['status'];
  /** While a police decision awaits the parties: when silence becomes acceptance. */
  responseDeadline?: string;
  /**
   * The code B joins with: POST /cases/join looks a case up by it, to join it while it waits for
   * party B, or to tell a third driver who has it that the case is full.
   */
  joinCode?: string;
  /** The assistant who filed the case: GET /assistant/cases looks cases up by it. */
  assistantId?: string;
}

export const CASE_VIEWS_SCHEMA: ReadModelSchema = {
  projection: 'case-views',
  version: 4,
  collections: [
    {
      name: 'cases',
      // responseDeadline is there only while a decision waits on the parties: a sparse index of few.
      indexes: [
        { keys: { driverIds: 1, reportedAt: -1 } },
        { keys: { responseDeadline: 1 }, sparse: true },
        { keys: { joinCode: 1 } },
        { keys: { assistantId: 1, reportedAt: -1 }, sparse: true },
      ],
    },
  ],
};

export const CASE_VIEWS_COLLECTION = { projection: CASE_VIEWS_SCHEMA.projection, collection: 'cases' };

/**
 * Pure: folds one recorded event of a case stream into its view. Never throws on a recorded
 * event: an event of an unknown type is kept on the timeline and otherwise ignored.
 */
export function evolveCaseView(document: CaseViewDocument | null, event: RecordedEvent): CaseViewDocument | null {
  const caseId = idInStream(event.streamId, 'case-');
  if (caseId === null || alreadyApplied(document, event)) return document;
  if (!document && event.type !== 'AccidentReported') return document;
  const current = document ?? { state: EMPTY_CASE_VIEW, timeline: [] };
  const domainEvent = { type: event.type, data: event.data };
  const state = isCaseEvent(domainEvent) ? evolveCaseViewState(current.state, domainEvent) : current.state;
  return {
    _id: caseId,
    caseId,
    lastPosition: event.position,
    revision: event.revision,
    state,
    timeline: [
      ...current.timeline,
      {
        at: event.metadata.recordedAt,
        type: event.type,
        actor: { sub: event.metadata.actor.sub, role: event.metadata.actor.role },
        revision: event.revision,
      },
    ],
    driverIds:
      document && state.parties === current.state.parties
        ? document.driverIds
        : PARTY_IDS.flatMap((party) => {
            const driverId = state.parties[party]?.driverId;
            return driverId ? [driverId] : [];
          }),
    reportedAt: state.reportedAt,
    status: state.status,
    ...(state.status === 'DECIDED' && state.decision ? { responseDeadline: state.decision.responseDeadline } : {}),
    ...(state.joinCode ? { joinCode: state.joinCode } : {}),
    ...(state.filedBy ? { assistantId: state.filedBy.assistantId } : {}),
  };
}

export const caseViewsProjection = documentProjection<CaseViewDocument>({
  schema: CASE_VIEWS_SCHEMA,
  collection: 'cases',
  idOf: (event) => idInStream(event.streamId, 'case-'),
  evolve: evolveCaseView,
});
