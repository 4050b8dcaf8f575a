export * from './background-processes';
export * from './claims.process';
export * from './process-commands';
export * from './response-period.sweeper';
export * from './processes.module';
