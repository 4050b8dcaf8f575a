import { runAsProcess } from '@quickclaim/platform/ops';
import { runAuditCli } from './audit.cli';

runAsProcess('audit', runAuditCli);
