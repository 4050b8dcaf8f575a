/**
 * `@quickclaim/platform`: the ports, their tokens and errors, time and ids. Nothing here loads a
 * driver; the adapters are behind their own subpaths (`/memory`, `/sqlite`, `/files`, `/esdb`,
 * `/mongo`, `/kafka`, `/sms`), the event-sourcing runtime behind `/eventsourcing` (ADR 26).
 */
export * from './ports/event-store.port';
export * from './ports/event-store.errors';
export * from './ports/read-store.port';
export * from './ports/blob-store.port';
export * from './ports/idempotency.port';
export * from './ports/message-bus.port';
export * from './ports/checkpoint.port';
export * from './ports/read-progress.port';
export * from './ports/clock.port';
export * from './ports/id-generator.port';
export * from './ports/notification-gateway.port';
export * from './ports/audit-signing.port';
