export * from './domain/claim.commands';
export * from './domain/claim.decider';
export * from './domain/claim.errors';
export * from './domain/claim.events';
export * from './domain/claim.types';
export * from './domain/settlement';
