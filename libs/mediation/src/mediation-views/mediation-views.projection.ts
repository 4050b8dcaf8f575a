import type { ReadModelSchema, RecordedEvent } from '@quickclaim/platform';
import { alreadyApplied, documentProjection, idInStream } from '@quickclaim/platform/eventsourcing';
import type { MediationEvent } from '../domain/mediation.events';
import { evolve, initialState, type MediationState } from '../domain/mediation.state';

/** Every mediation event, so a new one cannot be left out of the view unnoticed. */
const MEDIATION_EVENTS: Record<MediationEvent['type'], true> = {
  MediationOpened: true,
  MediatorAssigned: true,
  MediationProposed: true,
  MediationSigned: true,
  MediationAgreed: true,
  MediationFailed: true,
};
const MEDIATION_EVENT_TYPES = new Set<string>(Object.keys(MEDIATION_EVENTS));

/** One mediation as its parties, its mediator, the committee's queue and the deadline sweep read it. */
export interface MediationViewDocument {
  _id: string;
  mediationId: string;
  lastPosition: number;
  state: MediationState;
  updatedAt: string;
  caseId: string;
  committee: string;
  status: MediationState['status'];
  requestedAt: string;
  /** While the mediation is open: when its current stage runs out (the sweep looks these up). */
  openUntil?: string;
}

export const MEDIATION_VIEWS_SCHEMA: ReadModelSchema = {
  projection: 'mediation-views',
  version: 1,
  collections: [
    {
      name: 'mediations',
      indexes: [{ keys: { committee: 1, requestedAt: 1 } }, { keys: { openUntil: 1 }, sparse: true }],
    },
  ],
};

export const MEDIATION_VIEWS_COLLECTION = { projection: MEDIATION_VIEWS_SCHEMA.projection, collection: 'mediations' };

/** Pure: folds one recorded event of a mediation stream into its view; ignores duplicates and strangers. */
export function evolveMediationView(
  document: MediationViewDocument | null,
  event: RecordedEvent,
): MediationViewDocument | null {
  const mediationId = idInStream(event.streamId, 'mediation-');
  if (mediationId === null || !MEDIATION_EVENT_TYPES.has(event.type) || alreadyApplied(document, event))
    return document;
  if (!document && event.type !== 'MediationOpened') return document;
  const state = evolve(document?.state ?? initialState, { type: event.type, data: event.data } as MediationEvent);
  if (state.status === 'NONE') return document;
  const open = state.status === 'REQUESTED' || state.status === 'ASSIGNED' || state.status === 'PROPOSED';
  return {
    _id: mediationId,
    mediationId,
    lastPosition: event.position,
    state,
    updatedAt: event.metadata.recordedAt,
    caseId: state.caseId,
    committee: state.committee,
    status: state.status,
    requestedAt: state.requestedAt,
    ...(open ? { openUntil: state.deadline } : {}),
  };
}

export const mediationViewsProjection = documentProjection<MediationViewDocument>({
  schema: MEDIATION_VIEWS_SCHEMA,
  collection: 'mediations',
  idOf: (event) => idInStream(event.streamId, 'mediation-'),
  evolve: evolveMediationView,
});
