import { partyOfDriver, type CaseState, type PartyId } from '@quickclaim/accident-case';
import type { Principal } from '../auth/principal';

/**
 * Who may see a case (domain.md, "Who uses it"): its parties, officers of its district, adjusters
 * of an insurer of one of its vehicles, auditors and admins. Everyone else is told it does not exist.
 */
export function canSeeCase(principal: Principal, state: CaseState): boolean {
  switch (principal.role) {
    case 'driver':
      return partyOfDriver(state, principal.sub) !== undefined;
    case 'officer':
      return principal.district === state.district;
    case 'adjuster':
      return Object.values(state.parties).some((party) => party?.insurer === principal.insurer);
    case 'auditor':
    case 'admin':
      return true;
    default: {
      const exhaustive: never = principal.role;
      return exhaustive;
    }
  }
}

export function partyOfPrincipal(principal: Principal, state: CaseState): PartyId | undefined {
  return principal.role === 'driver' ? partyOfDriver(state, principal.sub) : undefined;
}

/** The original photo holds GPS: only its uploader, the district's officers, involved insurers and auditors. */
export function canSeeOriginalPhoto(principal: Principal, state: CaseState, uploadedBy: string): boolean {
  if (principal.role === 'driver') return principal.sub === uploadedBy;
  return principal.role !== 'admin' && canSeeCase(principal, state);
}

/** 张三 → 张*, so other parties see who, not the full name. */
export function maskName(name: string): string {
  const characters = [...name];
  return characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** 13800000002 → 138****0002 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
