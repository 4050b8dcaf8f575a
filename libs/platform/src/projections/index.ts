export * from './projection';
export * from './apply-events';
export * from './read-progress';
export * from './projection-runner';
export * from './rebuild';
export * from './stored-progress';
