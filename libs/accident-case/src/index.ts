export * from './domain';
export * from './application/execute-case-command';
export * from './application/case-queries';
export * from './projections/case-view.projection';
export * from './projections/case-views.port';
export * from './projections/in-memory.case-views';
export * from './accident-case.module';
