export const APP_CONFIG = Symbol('APP_CONFIG');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
export const PROCESS_RUNNER = Symbol('PROCESS_RUNNER');
