/** What a process shows its operators: `GET /health` for processes without HTTP, and progress bars. */
export * from './health-server';
export * from './progress-bar';
export * from './command-configuration';
export * from './command-line';
