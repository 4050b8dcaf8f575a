import type { Principal } from '@quickclaim/http';
import { caseCommandRoutes } from '../application/case-commands';
import { caseCommandPolicy } from '../http/endpoints';

/** The officer acting, and the district they act in (the desk's only). */
export function byOfficer(officer: Principal): { officerId: string; district: string } {
  return { officerId: officer.sub, district: officer.district ?? '' };
}

/** An officer's command on a case of their district's desk. */
export const deskCommandRoute = caseCommandRoutes({
  tag: 'police desk',
  policy: (body) => caseCommandPolicy(['officer'], body),
  identity: byOfficer,
});
