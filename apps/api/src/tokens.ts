export const APP_CONFIG = Symbol('APP_CONFIG');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
export const BACKGROUND = Symbol('BACKGROUND');
