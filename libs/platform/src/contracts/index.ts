/** The shared contract suites every adapter of a port runs (jest): tests only, never built. */
export * from './event-store.contract';
export * from './read-store.contract';
export * from './blob-store.contract';
export * from './idempotency.contract';
export * from './message-bus.contract';
export * from './test-events';
export * from './server-suites';
export * from './notification-gateway.contract';
