export * from './message-bus.port';
export * from './in-process.message-bus';
export * from './kafka.message-bus';
