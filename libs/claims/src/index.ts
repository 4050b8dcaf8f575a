export * from './domain/claim.commands';
export { claimDecider, type ClaimState } from './domain/claim.decider';
export * from './domain/claim.errors';
export * from './domain/claim.events';
export * from './domain/claim.types';
export * from './domain/settlement';
export * from './application/execute-claim-command';
export * from './projections/claim-views';
export * from './claims.module';
