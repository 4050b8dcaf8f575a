/** Every port in this process's memory: the tests, and the embedded default's read models. */
export * from './in-memory.event-store';
export * from './in-memory.read-store';
export * from './in-memory.blob-store';
export * from './in-memory.idempotency-store';
export * from './in-process.message-bus';
