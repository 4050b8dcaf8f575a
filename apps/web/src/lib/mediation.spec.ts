import { committeeOf, districtOfCommittee, payerOf, proposalOf } from './mediation';

describe('online mediation in the consoles', () => {
  it('names a district’s committee and reads the district back', () => {
    expect(committeeOf('yuzhong')).toBe('yuzhong-insurance-mediation');
    expect(districtOfCommittee('jiangbei-insurance-mediation')).toBe('jiangbei');
    expect(districtOfCommittee('-insurance-mediation')).toBeNull();
    expect(districtOfCommittee('some-committee')).toBeNull();
  });

  it('charges own damage to the vehicle’s own party and the other covers to the other party', () => {
    expect(payerOf('A', 'OWN_DAMAGE')).toBe('A');
    expect(payerOf('A', 'COMPULSORY')).toBe('B');
    expect(payerOf('B', 'THIRD_PARTY')).toBe('A');
  });

  it('sends the typed yuan as whole fen, leaving out a vehicle without lines', () => {
    expect(
      proposalOf([
        {
          party: 'B',
          lines: [
            { payerParty: 'A', coverage: 'COMPULSORY', amount: '2,000' },
            { payerParty: 'A', coverage: 'THIRD_PARTY', amount: '1000.5' },
          ],
        },
        { party: 'A', lines: [] },
      ]),
    ).toEqual({
      vehicles: [
        {
          party: 'B',
          lines: [
            { payerParty: 'A', coverage: 'COMPULSORY', amountFen: 200_000 },
            { payerParty: 'A', coverage: 'THIRD_PARTY', amountFen: 100_050 },
          ],
        },
      ],
      totalFen: 300_050,
    });
  });

  it('names the lines whose amount is not a positive amount of yuan', () => {
    expect(
      proposalOf([
        {
          party: 'A',
          lines: [
            { payerParty: 'B', coverage: 'COMPULSORY', amount: '0' },
            { payerParty: 'A', coverage: 'OWN_DAMAGE', amount: '300' },
            { payerParty: 'A', coverage: 'OWN_DAMAGE', amount: '1.234' },
          ],
        },
      ]),
    ).toEqual({
      invalid: [
        { party: 'A', index: 0 },
        { party: 'A', index: 2 },
      ],
    });
  });
});
