export * from './event-store.port';
export * from './event-store.errors';
export * from './hash-chain';
export * from './in-memory.event-store';
export * from './sqlite.event-store';
export * from './esdb.event-store';
