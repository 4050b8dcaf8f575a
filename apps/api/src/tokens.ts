export { PROJECTION_RUNNER } from '@quickclaim/read-side';

export const APP_CONFIG = Symbol('APP_CONFIG');
