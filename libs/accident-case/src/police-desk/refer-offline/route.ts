import { endpoint, ReasonBody } from '@quickclaim/http';
import { z } from 'zod';
import { caseCommandRoute } from '../../application/case-commands';
import { CASE_COMMAND_ANSWER, caseCommandPolicy } from '../../http/endpoints';
import { byOfficer } from '../desk.http';

export const REFER_OFFLINE = endpoint({
  method: 'POST',
  path: '/cases/:caseId/referral',
  tag: 'police desk',
  summary: 'Refer the case to on-site handling; it leaves the online path',
  policy: caseCommandPolicy(['officer'], 'json'),
  body: ReasonBody,
  response: CASE_COMMAND_ANSWER,
});

export const ReferOfflineRoute = caseCommandRoute<z.infer<typeof ReasonBody>>(
  'ReferOfflineRoute',
  REFER_OFFLINE,
  (officer, { reason }) => ({ type: 'ReferOffline', ...byOfficer(officer), reason }),
);
