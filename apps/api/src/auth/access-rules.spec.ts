import {
  EMPTY_CASE_VIEW as initialState,
  type CaseViewState as CaseState,
  type PartyState,
} from '@quickclaim/accident-case';
import type { OpenedClaimState as ClaimState } from '@quickclaim/claims';
import { handlesClaim, mayJoinCase, paysPayout, seesCase, seesClaim, seesPhoto } from './access-rules';
import type { Principal } from './principal';

const party = (driverId: string, insurer: string): PartyState => ({
  driverId,
  driverName: '张三',
  phone: '13800000001',
  licenceNo: '110101199001011234',
  plate: '渝A12345',
  insurer,
  policyNumber: 'P-1',
  coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
  situations: [],
});

const reported: CaseState = {
  ...initialState,
  status: 'REPORTED',
  caseId: 'case-1',
  district: 'yuzhong',
  parties: { A: party('driver-a', 'PICC'), B: party('driver-b', 'CPIC') },
  photos: [
    {
      photoId: 'photo-a',
      kind: 'FRONT_SIDE',
      sha256: 'a'.repeat(64),
      sizeBytes: 1,
      width: 1,
      height: 1,
      format: 'jpeg',
      flags: [],
      party: 'A',
      uploadedBy: 'driver-a',
      attachedAt: '2026-11-22T08:00:00.000Z',
    },
  ],
};
const onTheDesk: CaseState = {
  ...reported,
  status: 'AWAITING_POLICE',
  policeRequest: { requestedAt: 't', deadline: 't', review: false, suggestion: null },
};
const settling: CaseState = { ...onTheDesk, status: 'SETTLING', claims: [{ claimId: 'claim-a', party: 'A' }] };

const driver = (sub: string): Principal => ({ sub, role: 'driver' });
const officer = (district: string): Principal => ({ sub: 'officer-1', role: 'officer', district });
const adjuster = (insurer: string): Principal => ({ sub: `adjuster-${insurer}`, role: 'adjuster', insurer });
const auditor: Principal = { sub: 'auditor-1', role: 'auditor' };
const admin: Principal = { sub: 'admin-1', role: 'admin' };

describe('object-level rules (domain.md, "Who uses it")', () => {
  it('shows a case to its parties only, among drivers', () => {
    expect(seesCase(driver('driver-a'), reported)).toBe(true);
    expect(seesCase(driver('driver-b'), reported)).toBe(true);
    expect(seesCase(driver('driver-x'), reported)).toBe(false);
  });

  it("shows a case to its district's officers once it was sent to the desk, and never to another district", () => {
    expect(seesCase(officer('yuzhong'), reported)).toBe(false);
    expect(seesCase(officer('yuzhong'), onTheDesk)).toBe(true);
    expect(seesCase(officer('yuzhong'), settling)).toBe(true);
    expect(seesCase(officer('jiangbei'), onTheDesk)).toBe(false);
  });

  it('shows a case to adjusters of an insurer of its vehicles once claims are open', () => {
    expect(seesCase(adjuster('PICC'), onTheDesk)).toBe(false);
    expect(seesCase(adjuster('PICC'), settling)).toBe(true);
    expect(seesCase(adjuster('CPIC'), settling)).toBe(true);
    expect(seesCase(adjuster('PAIC'), settling)).toBe(false);
  });

  it('shows every case to auditors and none to admins', () => {
    expect(seesCase(auditor, reported)).toBe(true);
    expect(seesCase(admin, settling)).toBe(false);
  });

  it('lets any driver try to join a case still waiting for party B, and nobody else once B is there', () => {
    const waiting: CaseState = { ...reported, parties: { A: reported.parties.A! } };
    expect(mayJoinCase(driver('driver-x'), waiting)).toBe(true);
    expect(mayJoinCase(driver('driver-x'), reported)).toBe(false);
    expect(mayJoinCase(driver('driver-b'), reported)).toBe(true);
    expect(mayJoinCase(driver('driver-x'), { ...waiting, status: 'WITHDRAWN' })).toBe(false);
  });

  it('serves derivatives to whoever sees the case, the original to its uploader and the authorities', () => {
    const params = (variant: string, photoId = 'photo-a') => ({ photoId, variant });
    expect(seesPhoto(driver('driver-b'), reported, params('thumbnail'))).toBe(true);
    expect(seesPhoto(driver('driver-b'), reported, params('original'))).toBe(false);
    expect(seesPhoto(driver('driver-a'), reported, params('original'))).toBe(true);
    expect(seesPhoto(officer('yuzhong'), onTheDesk, params('original'))).toBe(true);
    expect(seesPhoto(driver('driver-a'), reported, params('raw'))).toBe(false);
    expect(seesPhoto(driver('driver-a'), reported, params('preview', 'photo-z'))).toBe(false);
  });

  const claim: ClaimState = {
    status: 'PAYING',
    claimId: 'claim-a',
    caseId: 'case-1',
    party: 'A',
    claimantId: 'driver-a',
    plate: '渝A12345',
    handlingInsurer: 'PICC',
    flags: [],
    assessment: { lineItems: [], totalFen: 1, assessedBy: 'adjuster-PICC', assessedAt: 't' },
    settlement: { rule: 'STANDARD', lines: [], straightThrough: false },
    payouts: [
      {
        payoutId: 'payout-cpic',
        payer: 'CPIC',
        coverages: ['COMPULSORY'],
        amountFen: 1,
        status: 'REQUESTED',
        attempts: 1,
      },
    ],
  };

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
