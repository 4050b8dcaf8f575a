import { ReasonBody } from '@quickclaim/http';
import { deskCommandRoute } from '../desk.http';

export const ReferOfflineRoute = deskCommandRoute('ReferOffline', {
  path: '/cases/:caseId/referral',
  summary: 'Refer the case to on-site handling; it leaves the online path',
  body: ReasonBody,
});
