/**
 * Who pays what for each damaged vehicle (domain.md, "Claims and money"). Pure integer
 * arithmetic in fen: no floating point touches money, every rounding is half-up to the fen, and
 * the lines of each vehicle's settlement add up exactly to its loss.
 */
export type LiabilityLevel = 'FULL' | 'MAJOR' | 'EQUAL' | 'MINOR' | 'NONE';
export const COVERAGES = ['COMPULSORY', 'THIRD_PARTY', 'OWN_DAMAGE', 'MUTUAL_SELF_PAY', 'CLAIMANT'] as const;
export type Coverage = (typeof COVERAGES)[number];

export interface SettlementRules {
  /** Liability shares in whole percent (configurable by province). */
  sharePercent: Record<LiabilityLevel, number>;
  /** 交强险 property limit when the insured vehicle bears some liability. */
  compulsoryLimitWithLiabilityFen: number;
  /** 交强险 property limit when the insured vehicle bears none. */
  compulsoryLimitWithoutLiabilityFen: number;
  /** Mutual self-pay applies when every vehicle's loss is at most this. */
  mutualSelfPayMaxLossFen: number;
}

export const DEFAULT_SETTLEMENT_RULES: SettlementRules = {
  sharePercent: { FULL: 100, MAJOR: 70, EQUAL: 50, MINOR: 30, NONE: 0 },
  compulsoryLimitWithLiabilityFen: 200_000,
  compulsoryLimitWithoutLiabilityFen: 10_000,
  mutualSelfPayMaxLossFen: 200_000,
};

export interface Vehicle {
  party: string;
  insurer: string;
  liability: LiabilityLevel;
  /** The assessed loss of this vehicle, in fen. */
  lossFen: number;
  /** Sum insured of its commercial third-party insurance (三者险); 0 when it has none. */
  thirdPartyLimitFen: number;
  /** Whether it carries own-damage insurance (车损险). */
  ownDamage: boolean;
}

export interface SettlementLine {
  /** The insurer that pays, or the claimant's party for what nobody covers. */
  payer: string;
  /** The party whose policy (or pocket) the line is charged to. */
  payerParty: string;
  coverage: Coverage;
  amountFen: number;
}

export interface Settlement {
  party: string;
  rule: 'STANDARD' | 'MUTUAL_SELF_PAY' | 'MEDIATED';
  lossFen: number;
  lines: SettlementLine[];
}

export class InvalidSettlementInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettlementInput';
  }
}

/** Settles every damaged vehicle of one accident. */
export function settle(vehicles: readonly Vehicle[], rules: SettlementRules = DEFAULT_SETTLEMENT_RULES): Settlement[] {
  validate(vehicles);
  const damaged = vehicles.filter((vehicle) => vehicle.lossFen > 0);
  if (isMutualSelfPay(vehicles, rules)) {
    return damaged.map((vehicle) => ({
      party: vehicle.party,
      rule: 'MUTUAL_SELF_PAY',
      lossFen: vehicle.lossFen,
      lines: [
        { payer: vehicle.insurer, payerParty: vehicle.party, coverage: 'MUTUAL_SELF_PAY', amountFen: vehicle.lossFen },
      ],
    }));
  }
  const compulsory = shareAmongVictims(
    vehicles,
    (payer) => compulsoryLimit(payer, rules),
    (victim) => victim.lossFen,
  );
  const remainders = new Map(
    damaged.map((victim) => [
      victim.party,
      victim.lossFen - sum(vehicles.map((payer) => compulsory.get(payer.party)?.get(victim.party) ?? 0)),
    ]),
  );
  const thirdPartyClaims = (payer: Vehicle, victim: Vehicle) =>
    percentOf(remainders.get(victim.party) ?? 0, rules.sharePercent[payer.liability]);
  const thirdParty = shareAmongVictims(
    vehicles,
    (payer) => payer.thirdPartyLimitFen,
    (victim, payer) => thirdPartyClaims(payer, victim),
  );

  return damaged.map((victim) => {
    const lines: SettlementLine[] = [];
    for (const payer of vehicles) {
      if (payer.party === victim.party) continue;
      const fromCompulsory = compulsory.get(payer.party)?.get(victim.party) ?? 0;
      if (fromCompulsory > 0)
        lines.push({
          payer: payer.insurer,
          payerParty: payer.party,
          coverage: 'COMPULSORY',
          amountFen: fromCompulsory,
        });
    }
    for (const payer of vehicles) {
      if (payer.party === victim.party) continue;
      const fromThirdParty = thirdParty.get(payer.party)?.get(victim.party) ?? 0;
      if (fromThirdParty > 0)
        lines.push({
          payer: payer.insurer,
          payerParty: payer.party,
          coverage: 'THIRD_PARTY',
          amountFen: fromThirdParty,
        });
    }
    const rest = victim.lossFen - sum(lines.map((line) => line.amountFen));
    if (rest > 0) {
      lines.push(
        victim.ownDamage
          ? { payer: victim.insurer, payerParty: victim.party, coverage: 'OWN_DAMAGE', amountFen: rest }
          : { payer: victim.party, payerParty: victim.party, coverage: 'CLAIMANT', amountFen: rest },
      );
    }
    return { party: victim.party, rule: 'STANDARD', lossFen: victim.lossFen, lines };
  });
}

/** A vehicle of the accident whose loss is not known yet (null) while its assessment is not accepted. */
export type VehicleSoFar = Omit<Vehicle, 'lossFen'> & { lossFen: number | null };

/**
 * Whether mutual self-pay may still apply, with the losses known so far: every vehicle bears some
 * liability (one with none rules it out) and no loss known exceeds the limit.
 */
export function mutualSelfPayMayApply(
  vehicles: readonly VehicleSoFar[],
  rules: SettlementRules = DEFAULT_SETTLEMENT_RULES,
): boolean {
  return (
    vehicles.length >= 2 &&
    vehicles.every(
      (vehicle) =>
        rules.sharePercent[vehicle.liability] > 0 &&
        (vehicle.lossFen === null || vehicle.lossFen <= rules.mutualSelfPayMaxLossFen),
    )
  );
}

/**
 * The settlements that can be made with the losses known so far. A vehicle's settlement depends
 * on the other losses only through mutual self-pay, and through a payer's limit shared among
 * several victims, which takes three vehicles or more: outside those, each vehicle is settled as
 * soon as its own loss is known; otherwise once every loss is. The settlement of a vehicle made
 * early is the very one made once every loss is known.
 */
export function settleKnown(
  vehicles: readonly VehicleSoFar[],
  rules: SettlementRules = DEFAULT_SETTLEMENT_RULES,
): Settlement[] {
  const known = new Set(vehicles.filter((vehicle) => vehicle.lossFen !== null).map((vehicle) => vehicle.party));
  if (known.size === vehicles.length) return settle(vehicles as readonly Vehicle[], rules);
  if (vehicles.length > 2 || mutualSelfPayMayApply(vehicles, rules)) return [];
  // An unknown loss takes no part in another vehicle's settlement: counted as none, it is left out.
  return settle(
    vehicles.map((vehicle) => ({ ...vehicle, lossFen: vehicle.lossFen ?? 0 })),
    rules,
  ).filter((settlement) => known.has(settlement.party));
}

/** 互碰自赔: every vehicle bears some liability and no loss exceeds the limit. */
export function isMutualSelfPay(
  vehicles: readonly Vehicle[],
  rules: SettlementRules = DEFAULT_SETTLEMENT_RULES,
): boolean {
  return (
    vehicles.length >= 2 &&
    vehicles.every(
      (vehicle) => rules.sharePercent[vehicle.liability] > 0 && vehicle.lossFen <= rules.mutualSelfPayMaxLossFen,
    )
  );
}

function compulsoryLimit(vehicle: Vehicle, rules: SettlementRules): number {
  return rules.sharePercent[vehicle.liability] > 0
    ? rules.compulsoryLimitWithLiabilityFen
    : rules.compulsoryLimitWithoutLiabilityFen;
}

/**
 * For each payer, what it pays each other vehicle: the claims in full when they fit its limit,
 * otherwise the limit shared in proportion to the claims (largest remainder, so the shares add up
 * to the limit exactly).
 */
function shareAmongVictims(
  vehicles: readonly Vehicle[],
  limitOf: (payer: Vehicle) => number,
  claimOf: (victim: Vehicle, payer: Vehicle) => number,
): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const payer of vehicles) {
    const claims = vehicles
      .filter((victim) => victim.party !== payer.party)
      .map((victim) => ({ party: victim.party, claim: Math.max(0, claimOf(victim, payer)) }))
      .filter((entry) => entry.claim > 0);
    result.set(
      payer.party,
      new Map(proportionalShares(claims, limitOf(payer)).map((entry) => [entry.party, entry.amount])),
    );
  }
  return result;
}

export function proportionalShares(
  claims: readonly { party: string; claim: number }[],
  limit: number,
): { party: string; amount: number }[] {
  const total = sum(claims.map((entry) => entry.claim));
  if (total <= limit) return claims.map((entry) => ({ party: entry.party, amount: entry.claim }));
  // BigInt: limit × claim can pass 2^53 for large sums insured.
  const exact = claims.map((entry) => {
    const product = BigInt(limit) * BigInt(entry.claim);
    return { party: entry.party, floor: Number(product / BigInt(total)), remainder: Number(product % BigInt(total)) };
  });
  let left = limit - sum(exact.map((entry) => entry.floor));
  const byRemainder = [...exact].sort((a, b) => b.remainder - a.remainder || a.party.localeCompare(b.party));
  const extra = new Set<string>();
  for (const entry of byRemainder) {
    if (left <= 0) break;
    extra.add(entry.party);
    left -= 1;
  }
  return exact.map((entry) => ({ party: entry.party, amount: entry.floor + (extra.has(entry.party) ? 1 : 0) }));
}

/** amount × percent / 100, rounded half-up to the fen, in integers. */
export function percentOf(amountFen: number, percent: number): number {
  return Math.floor((amountFen * percent + 50) / 100);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function validate(vehicles: readonly Vehicle[]): void {
  const parties = new Set<string>();
  for (const vehicle of vehicles) {
    if (parties.has(vehicle.party)) throw new InvalidSettlementInput(`Party ${vehicle.party} appears twice`);
    parties.add(vehicle.party);
    for (const [name, value] of [
      ['lossFen', vehicle.lossFen],
      ['thirdPartyLimitFen', vehicle.thirdPartyLimitFen],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new InvalidSettlementInput(
          `${name} of party ${vehicle.party} must be a non-negative whole number of fen`,
        );
      }
    }
  }
}
