import type { RecordedEvent } from '@quickclaim/platform';
import { evolve, initialState, type CaseState } from '../domain/case.decider';
import { isCaseEvent } from '../domain/case.events';

export interface TimelineEntry {
  at: string;
  type: string;
  actor: { sub: string; role: string };
  revision: number;
}

/** One case as the drivers, the desk and the audit views read it. */
export interface CaseViewDocument {
  caseId: string;
  /** The last global position applied: anything at or before it is a duplicate. */
  lastPosition: number;
  revision: number;
  state: CaseState;
  timeline: TimelineEntry[];
}

/**
 * Pure: folds one recorded event of a case stream into its view. Never throws on a recorded
 * event: an event of an unknown type is kept on the timeline and otherwise ignored.
 */
export function evolveCaseView(document: CaseViewDocument | null, event: RecordedEvent): CaseViewDocument | null {
  if (!event.streamId.startsWith('case-')) return document;
  if (document && event.position <= document.lastPosition) return document;
  if (!document && event.type !== 'AccidentReported') return document;
  const current: CaseViewDocument = document ?? {
    caseId: event.streamId.slice('case-'.length),
    lastPosition: -1,
    revision: -1,
    state: initialState,
    timeline: [],
  };
  const domainEvent = { type: event.type, data: event.data };
  return {
    ...current,
    lastPosition: event.position,
    revision: event.revision,
    state: isCaseEvent(domainEvent) ? evolve(current.state, domainEvent) : current.state,
    timeline: [
      ...current.timeline,
      {
        at: event.metadata.recordedAt,
        type: event.type,
        actor: { sub: event.metadata.actor.sub, role: event.metadata.actor.role },
        revision: event.revision,
      },
    ],
  };
}
