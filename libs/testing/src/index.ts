export * from './decider-specification';
export * from './projection-specification';
