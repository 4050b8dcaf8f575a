import { runAsProcess } from '@quickclaim/platform/ops';
import { runProjectionsCli } from './projections.cli';

runAsProcess('projections', runProjectionsCli);
