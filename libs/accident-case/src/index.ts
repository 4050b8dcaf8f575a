export * from './domain';
export * from './access/case.access';
export * from './access/case.object';
export * from './application/case-commands';
export * from './application/execute-case-command';
export * from './audit/evidence-references';
export * from './case-views/present';
export * from './case-views/case-views.projection';
export * from './case-views/case-view.state';
export * from './case-views/case-views';
export * from './case-views/flags-for-claims';
export * from './case-views/next-step';
export {
  deskQueueProjection,
  evolveDeskQueue,
  DESK_QUEUE_SCHEMA,
  DESK_QUEUE_COLLECTION,
  type DeskQueueDocument,
} from './police-desk/desk-queue/desk-queue.projection';
export * from './police-desk/desk-queue/desk-queue';
export * from './accident-case.module';
export { CASE_ID } from './http/endpoints';
export { CONFIRMATION_CODE_KEY } from './assistance/confirmation-codes';
export * from './audit/case-audit';
export { caseIndexProjection, CASE_INDEX_SCHEMA } from './audit/find-case/case-index.projection';
