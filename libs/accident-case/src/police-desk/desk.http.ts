import type { Principal } from '@quickclaim/http';

/** The officer acting, and the district they act in (the desk's only). */
export function byOfficer(officer: Principal): { officerId: string; district: string } {
  return { officerId: officer.sub, district: officer.district ?? '' };
}
