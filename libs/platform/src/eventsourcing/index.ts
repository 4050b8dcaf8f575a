/** The event-sourcing runtime over the ports: commands, the hash chain, projections, audits, subscribers. */
export * from './command-handling';
export * from './hash-chain';
export * from './append-rules';
export * from './read-slice';
export * from './catch-up-subscription';
export * from './event-store-audit';
export * from './process-runner';
export * from './stored.checkpoint';
export * from './projections/projection';
export * from './projections/apply-events';
export * from './projections/projection-errors';
export * from './projections/projection-feed';
export * from './projections/position-waiters';
export * from './projections/projection-runner';
export * from './projections/rebuild';
export * from './projections/stored-progress';
export * from './audit-checkpoint';
