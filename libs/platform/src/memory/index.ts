/** Every port in this process's memory: the tests, and the embedded default's read models and simulated SMS. */
export * from './in-memory.event-store';
export * from './in-memory.read-store';
export * from './in-memory.blob-store';
export * from './in-memory.idempotency-store';
export * from './in-process.message-bus';
export * from './recording.sms-gateway';
