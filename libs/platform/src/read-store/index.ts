export * from './read-store.port';
export * from './in-memory.read-store';
export * from './mongo.read-store';
