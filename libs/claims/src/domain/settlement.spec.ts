import fc from 'fast-check';
import {
  DEFAULT_SETTLEMENT_RULES,
  InvalidSettlementInput,
  percentOf,
  proportionalShares,
  settle,
  type LiabilityLevel,
} from './settlement';
import { vehicle } from './settlement.fixtures';

const lines = (settlements: ReturnType<typeof settle>, party: string) =>
  settlements
    .find((settlement) => settlement.party === party)
    ?.lines.map((line) => [line.payer, line.coverage, line.amountFen]);

describe('settlement arithmetic', () => {
  it('gives exactly the lines of the domain example (A FULL, B NONE)', () => {
    const result = settle([vehicle('A', 'FULL', 300_000), vehicle('B', 'NONE', 500_000)]);
    expect(lines(result, 'B')).toEqual([
      ['insurer-A', 'COMPULSORY', 200_000],
      ['insurer-A', 'THIRD_PARTY', 300_000],
    ]);
    expect(lines(result, 'A')).toEqual([
      ['insurer-B', 'COMPULSORY', 10_000],
      ['insurer-A', 'OWN_DAMAGE', 290_000],
    ]);
    expect(result.every((settlement) => settlement.rule === 'STANDARD')).toBe(true);
  });

  it('leaves to the claimant what nobody covers when there is no own-damage insurance', () => {
    const result = settle([vehicle('A', 'FULL', 300_000, { ownDamage: false }), vehicle('B', 'NONE', 0)]);
    expect(lines(result, 'A')).toEqual([
      ['insurer-B', 'COMPULSORY', 10_000],
      ['A', 'CLAIMANT', 290_000],
    ]);
    expect(lines(result, 'B')).toBeUndefined();
  });

  it('pays a small loss of the party without liability entirely from the compulsory insurance', () => {
    expect(lines(settle([vehicle('A', 'FULL', 8_000), vehicle('B', 'NONE', 150_000)]), 'A')).toEqual([
      ['insurer-B', 'COMPULSORY', 8_000],
    ]);
  });

  it('shares the remainder by liability, rounding half up to the fen (MAJOR 70 / MINOR 30)', () => {
    const result = settle([vehicle('A', 'MAJOR', 250_001), vehicle('B', 'MINOR', 400_005)]);
    // B's loss against A: compulsory 200 000, remainder 200 005 × 70 % = 140 003.5 → 140 004.
    expect(lines(result, 'B')).toEqual([
      ['insurer-A', 'COMPULSORY', 200_000],
      ['insurer-A', 'THIRD_PARTY', 140_004],
      ['insurer-B', 'OWN_DAMAGE', 60_001],
    ]);
    // A's loss against B: compulsory 200 000, remainder 50 001 × 30 % = 15 000.3 → 15 000.
    expect(lines(result, 'A')).toEqual([
      ['insurer-B', 'COMPULSORY', 200_000],
      ['insurer-B', 'THIRD_PARTY', 15_000],
      ['insurer-A', 'OWN_DAMAGE', 35_001],
    ]);
  });

  it('caps third-party insurance by its sum insured', () => {
    const result = settle([vehicle('A', 'FULL', 0, { thirdPartyLimitFen: 100_000 }), vehicle('B', 'NONE', 900_000)]);
    expect(lines(result, 'B')).toEqual([
      ['insurer-A', 'COMPULSORY', 200_000],
      ['insurer-A', 'THIRD_PARTY', 100_000],
      ['insurer-B', 'OWN_DAMAGE', 600_000],
    ]);
  });

  it('pays by mutual self-pay when both bear liability and both losses are at most 200 000', () => {
    const result = settle([vehicle('A', 'EQUAL', 120_000), vehicle('B', 'EQUAL', 200_000)]);
    expect(result.map((settlement) => settlement.rule)).toEqual(['MUTUAL_SELF_PAY', 'MUTUAL_SELF_PAY']);
    expect(lines(result, 'A')).toEqual([['insurer-A', 'MUTUAL_SELF_PAY', 120_000]]);
    expect(lines(result, 'B')).toEqual([['insurer-B', 'MUTUAL_SELF_PAY', 200_000]]);
  });

  it('does not use mutual self-pay when one loss is above 200 000, or one party has no liability', () => {
    expect(settle([vehicle('A', 'EQUAL', 120_000), vehicle('B', 'EQUAL', 200_001)])[0]!.rule).toBe('STANDARD');
    expect(settle([vehicle('A', 'FULL', 1_000), vehicle('B', 'NONE', 1_000)])[0]!.rule).toBe('STANDARD');
  });

  it('shares one compulsory limit among several victims in proportion to their losses', () => {
    const result = settle([
      vehicle('A', 'FULL', 0, { thirdPartyLimitFen: 0 }),
      vehicle('B', 'NONE', 300_000, { ownDamage: false }),
      vehicle('C', 'NONE', 100_000, { ownDamage: false }),
    ]);
    expect(lines(result, 'B')?.[0]).toEqual(['insurer-A', 'COMPULSORY', 150_000]);
    expect(lines(result, 'C')?.[0]).toEqual(['insurer-A', 'COMPULSORY', 50_000]);
  });

  it('pays claims in full when they fit the limit, and otherwise splits the limit so the shares add up to it exactly', () => {
    expect(
      proportionalShares(
        [
          { party: 'B', claim: 1 },
          { party: 'C', claim: 2 },
        ],
        100,
      ),
    ).toEqual([
      { party: 'B', amount: 1 },
      { party: 'C', amount: 2 },
    ]);
    expect(
      proportionalShares(
        [
          { party: 'B', claim: 100 },
          { party: 'C', claim: 100 },
          { party: 'D', claim: 100 },
        ],
        100,
      ),
    ).toEqual([
      { party: 'B', amount: 34 },
      { party: 'C', amount: 33 },
      { party: 'D', amount: 33 },
    ]);
  });

  it('rounds half up', () => {
    expect([percentOf(5, 50), percentOf(1, 50), percentOf(3, 30), percentOf(5, 70)]).toEqual([3, 1, 1, 4]);
  });

  it('refuses amounts that are not whole non-negative fen', () => {
    expect(() => settle([vehicle('A', 'FULL', 10.5), vehicle('B', 'NONE', 1)])).toThrow(InvalidSettlementInput);
    expect(() => settle([vehicle('A', 'FULL', -1), vehicle('B', 'NONE', 1)])).toThrow(InvalidSettlementInput);
    expect(() => settle([vehicle('A', 'FULL', 1), vehicle('A', 'NONE', 1)])).toThrow(InvalidSettlementInput);
  });

  describe('properties, for any two-party accident', () => {
    const pair = fc.constantFrom<[LiabilityLevel, LiabilityLevel]>(
      ['FULL', 'NONE'],
      ['NONE', 'FULL'],
      ['MAJOR', 'MINOR'],
      ['MINOR', 'MAJOR'],
      ['EQUAL', 'EQUAL'],
    );
    const loss = fc.integer({ min: 0, max: 50_000_000 });
    const accident = fc
      .tuple(
        pair,
        loss,
        loss,
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([[a, b], lossA, lossB, limitA, limitB, ownA, ownB]) => [
        vehicle('A', a, lossA, { thirdPartyLimitFen: limitA, ownDamage: ownA }),
        vehicle('B', b, lossB, { thirdPartyLimitFen: limitB, ownDamage: ownB }),
      ]);

    it('never has a negative or fractional line, nor one above the loss, and always adds up to the loss', () => {
      fc.assert(
        fc.property(accident, (vehicles) => {
          for (const settlement of settle(vehicles)) {
            for (const line of settlement.lines) {
              expect(Number.isSafeInteger(line.amountFen) && line.amountFen > 0).toBe(true);
              expect(line.amountFen).toBeLessThanOrEqual(settlement.lossFen);
            }
            expect(settlement.lines.reduce((total, line) => total + line.amountFen, 0)).toBe(settlement.lossFen);
          }
        }),
      );
    });

    it('keeps every insurer within its limits', () => {
      fc.assert(
        fc.property(accident, (vehicles) => {
          const all = settle(vehicles).flatMap((settlement) => settlement.lines);
          for (const payer of vehicles) {
            const paid = (coverage: string) =>
              all
                .filter((line) => line.payerParty === payer.party && line.coverage === coverage)
                .reduce((total, line) => total + line.amountFen, 0);
            const limit = DEFAULT_SETTLEMENT_RULES.sharePercent[payer.liability] > 0 ? 200_000 : 10_000;
            expect(paid('COMPULSORY')).toBeLessThanOrEqual(limit);
            expect(paid('THIRD_PARTY')).toBeLessThanOrEqual(payer.thirdPartyLimitFen);
          }
        }),
      );
    });

    it('lets a party without liability pay no third-party money', () => {
      fc.assert(
        fc.property(accident, (vehicles) => {
          const innocent = vehicles
            .filter((candidate) => candidate.liability === 'NONE')
            .map((candidate) => candidate.party);
          const lines = settle(vehicles).flatMap((settlement) => settlement.lines);
          expect(lines.filter((line) => innocent.includes(line.payerParty) && line.coverage === 'THIRD_PARTY')).toEqual(
            [],
          );
        }),
      );
    });
  });
});
