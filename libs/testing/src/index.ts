export * from './decider-specification';
export * from './projection-specification';
export * from './test-images';
export * from './workload';
export * from './report-requests';
export * from './eventually';
export * from './pdf-reading';
