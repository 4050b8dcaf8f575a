export * from './read-models';
export * from './sla-metrics/sla-metrics.projection';
export * from './sla-metrics/sla-metrics';
export * from './snapshot';
export * from './read-side.module';
