export * from './case.commands';
export * from './case.decider';
export * from './case.errors';
export * from './case.events';
export * from './case.types';
export * from './liability-rules';
export * from './situations';
export * from './time';
