export * from './domain';
export * from './access/case.access';
export * from './access/case.object';
export * from './application/case-commands';
export * from './application/execute-case-command';
export * from './audit/evidence-references';
export * from './case-views/present';
export * from './projections/case-views.projection';
export * from './projections/case-view.state';
export * from './projections/case-views';
export {
  deskQueueProjection,
  evolveDeskQueue,
  DESK_QUEUE_SCHEMA,
  DESK_QUEUE_COLLECTION,
  type DeskQueueDocument,
} from './projections/desk-queue.projection';
export * from './projections/desk-queue';
export * from './accident-case.module';
