import type { LiabilityLevel, Vehicle } from './settlement';

/** A vehicle insured by `insurer-<party>` with ample third-party cover and own-damage cover; `lossFen` null until assessed. */
export const vehicle = <Loss extends number | null>(
  party: string,
  liability: LiabilityLevel,
  lossFen: Loss,
  extra: Partial<Vehicle> = {},
) => ({
  party,
  insurer: `insurer-${party}`,
  liability,
  lossFen,
  thirdPartyLimitFen: 100_000_000,
  ownDamage: true,
  ...extra,
});
