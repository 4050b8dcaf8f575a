import type { Principal } from '@quickclaim/http';
import { claimAccess, handlesClaim, paysPayout, seesClaim } from './claim.access';

const driver = (sub: string): Principal => ({ sub, role: 'driver' });
const officer = (district: string): Principal => ({ sub: 'officer-1', role: 'officer', district });
const adjuster = (insurer: string): Principal => ({ sub: `adjuster-${insurer}`, role: 'adjuster', insurer });
const auditor: Principal = { sub: 'auditor-1', role: 'auditor' };

describe('object-level rules of claims (domain.md, "Who uses it")', () => {
  const claim = claimAccess({
    claimantId: 'driver-a',
    handlingInsurer: 'PICC',
    payouts: [{ payoutId: 'payout-cpic', payer: 'CPIC' }],
  });

  it('shows a claim to its claimant, its handling and paying insurers, and auditors', () => {
    expect(seesClaim(driver('driver-a'), claim)).toBe(true);
    expect(seesClaim(driver('driver-b'), claim)).toBe(false);
    expect(seesClaim(adjuster('PICC'), claim)).toBe(true);
    expect(seesClaim(adjuster('CPIC'), claim)).toBe(true);
    expect(seesClaim(adjuster('PAIC'), claim)).toBe(false);
    expect(seesClaim(officer('yuzhong'), claim)).toBe(false);
    expect(seesClaim(auditor, claim)).toBe(true);
  });

  it('lets only the handling insurer assess or approve, and only the payer report its payout', () => {
    expect(handlesClaim(adjuster('PICC'), claim)).toBe(true);
    expect(handlesClaim(adjuster('CPIC'), claim)).toBe(false);
    expect(paysPayout(adjuster('CPIC'), claim, { payoutId: 'payout-cpic' })).toBe(true);
    expect(paysPayout(adjuster('PICC'), claim, { payoutId: 'payout-cpic' })).toBe(false);
    expect(paysPayout(adjuster('CPIC'), claim, { payoutId: 'payout-other' })).toBe(false);
  });
});
