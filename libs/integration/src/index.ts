export * from './relay';
export * from './simulated-insurers';
export * from './topics';
export * from './payout-results.consumer';
export * from './notifications';
