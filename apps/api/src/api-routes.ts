import { ACCIDENT_CASE_ROUTES } from '@quickclaim/accident-case';
import { CLAIMS_ROUTES } from '@quickclaim/claims';
import { DOCUMENTS_ROUTES } from '@quickclaim/documents';
import { MEDIATION_ROUTES } from '@quickclaim/mediation';
import { endpointsOf, type Endpoint } from '@quickclaim/http';
import { CheckpointRoute } from './audit/checkpoint.route';
import { DevTokenController } from './auth/dev-token.controller';
import { OpsController } from './ops/ops.controller';
import { ProjectionsController } from './ops/projections.controller';

/** The application's own routes: sign-in in development, operations. */
export const API_ROUTES = [DevTokenController, OpsController, ProjectionsController, CheckpointRoute];

/**
 * Every endpoint the API can serve, each with its policy row, as the contexts declare them: the
 * authorization policy of docs/security.md is this list.
 */
export const ENDPOINTS: readonly Endpoint[] = endpointsOf([
  ...API_ROUTES,
  ...ACCIDENT_CASE_ROUTES,
  ...CLAIMS_ROUTES,
  ...DOCUMENTS_ROUTES,
  ...MEDIATION_ROUTES,
]);
