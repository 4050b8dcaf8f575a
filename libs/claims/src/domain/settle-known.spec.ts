import fc from 'fast-check';
import { mutualSelfPayMayApply, settle, settleKnown, type LiabilityLevel } from './settlement';
import { vehicle } from './settlement.fixtures';

const lines = (settlements: ReturnType<typeof settle>) =>
  settlements.map((settlement) => [
    settlement.party,
    settlement.rule,
    settlement.lines.map((line) => [line.payer, line.coverage, line.amountFen]),
  ]);

describe('settling each vehicle as soon as its settlement cannot depend on the others (issue 13)', () => {
  it('settles the vehicle without liability on its own loss while the other is not assessed', () => {
    expect(lines(settleKnown([vehicle('A', 'FULL', null), vehicle('B', 'NONE', 500_000)]))).toEqual([
      [
        'B',
        'STANDARD',
        [
          ['insurer-A', 'COMPULSORY', 200_000],
          ['insurer-A', 'THIRD_PARTY', 300_000],
        ],
      ],
    ]);
    expect(lines(settleKnown([vehicle('A', 'FULL', 300_000), vehicle('B', 'NONE', null)]))).toEqual([
      [
        'A',
        'STANDARD',
        [
          ['insurer-B', 'COMPULSORY', 10_000],
          ['insurer-A', 'OWN_DAMAGE', 290_000],
        ],
      ],
    ]);
  });

  it('waits for every loss while mutual self-pay may apply: both liable, no known loss above 200 000', () => {
    expect(settleKnown([vehicle('A', 'EQUAL', 150_000), vehicle('B', 'EQUAL', null)])).toEqual([]);
    expect(settleKnown([vehicle('A', 'MAJOR', 200_000), vehicle('B', 'MINOR', null)])).toEqual([]);
    expect(mutualSelfPayMayApply([vehicle('A', 'MAJOR', 200_000), vehicle('B', 'MINOR', null)])).toBe(true);
  });

  it('settles a liable vehicle on its own once its loss is above 200 000: mutual self-pay cannot apply', () => {
    const early = settleKnown([vehicle('A', 'EQUAL', 250_000), vehicle('B', 'EQUAL', null)]);
    expect(early.map((settlement) => settlement.rule)).toEqual(['STANDARD']);
    expect(mutualSelfPayMayApply([vehicle('A', 'EQUAL', 250_000), vehicle('B', 'EQUAL', null)])).toBe(false);
  });

  it('waits for every loss with three vehicles or more, whose payers may share a limit among victims', () => {
    expect(
      settleKnown([vehicle('A', 'FULL', null), vehicle('B', 'NONE', 300_000), vehicle('C', 'NONE', null)]),
    ).toEqual([]);
  });

  it('settles everyone once every loss is known, exactly as before', () => {
    const vehicles = [vehicle('A', 'EQUAL', 150_000), vehicle('B', 'EQUAL', 200_000)];
    expect(settleKnown(vehicles)).toEqual(settle(vehicles.map((each) => ({ ...each, lossFen: each.lossFen! }))));
  });

  it('makes early exactly the settlement it would make once both losses are known, for any two-party accident', () => {
    const pair = fc.constantFrom<[LiabilityLevel, LiabilityLevel]>(
      ['FULL', 'NONE'],
      ['NONE', 'FULL'],
      ['MAJOR', 'MINOR'],
      ['EQUAL', 'EQUAL'],
    );
    const loss = fc.integer({ min: 1, max: 5_000_000 });
    fc.assert(
      fc.property(pair, loss, loss, fc.integer({ min: 0, max: 50_000_000 }), ([a, b], lossA, lossB, limit) => {
        const both = [
          { ...vehicle('A', a, lossA), thirdPartyLimitFen: limit, lossFen: lossA },
          { ...vehicle('B', b, lossB), lossFen: lossB },
        ];
        const complete = settle(both);
        for (const known of ['A', 'B']) {
          const early = settleKnown(both.map((each) => (each.party === known ? each : { ...each, lossFen: null })));
          if (early.length === 0) {
            expect(
              mutualSelfPayMayApply(both.map((each) => (each.party === known ? each : { ...each, lossFen: null }))),
            ).toBe(true);
          } else {
            expect(early).toEqual(complete.filter((settlement) => settlement.party === known));
          }
        }
      }),
    );
  });
});
