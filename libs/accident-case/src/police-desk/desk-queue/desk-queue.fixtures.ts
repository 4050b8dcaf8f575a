import { EventLog, ProjectionSpecification } from '@quickclaim/testing';
import type { CaseEvent } from '../../domain/case.events';
import { CASE_ID } from '../../domain/case.fixtures';
import { evolveDeskQueue, type DeskQueueDocument } from './desk-queue.projection';

/** given(recorded events).then(document) over the desk queue, for the case of the fixtures. */
export const streamId = `case-${CASE_ID}`;
export const spec = ProjectionSpecification<DeskQueueDocument | null, ReturnType<EventLog['record']>[number]>(
  evolveDeskQueue,
  null,
);
export const history = (...events: CaseEvent[]) => new EventLog().record(streamId, events);
