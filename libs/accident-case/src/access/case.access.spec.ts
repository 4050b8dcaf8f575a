import type { Principal } from '@quickclaim/http';
import { mayJoinCase, seesCase, seesPhoto, type CaseAccess } from './case.access';

const party = (party: 'A' | 'B', driverId: string, insurer: string) => ({ party, driverId, insurer });

const reported: CaseAccess = {
  status: 'REPORTED',
  district: 'yuzhong',
  sentToDesk: false,
  claimsOpened: false,
  parties: [party('A', 'driver-a', 'PICC'), party('B', 'driver-b', 'CPIC')],
  photos: [{ photoId: 'photo-a', uploadedBy: 'driver-a' }],
};
const onTheDesk: CaseAccess = { ...reported, status: 'AWAITING_POLICE', sentToDesk: true };
const settling: CaseAccess = { ...onTheDesk, status: 'SETTLING', claimsOpened: true };

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

  it('lets any driver try to join, whatever the case (the join code decides what they learn), and nobody else', () => {
    const waiting: CaseAccess = { ...reported, parties: reported.parties.filter((party) => party.party === 'A') };
    expect(mayJoinCase(driver('driver-x'), waiting)).toBe(true);
    expect(mayJoinCase(driver('driver-x'), reported)).toBe(true);
    expect(mayJoinCase(driver('driver-b'), reported)).toBe(true);
    expect(mayJoinCase(driver('driver-x'), { ...waiting, status: 'WITHDRAWN' })).toBe(true);
    expect(mayJoinCase(adjuster('PAIC'), waiting)).toBe(false);
    expect(mayJoinCase(officer('jiangbei'), waiting)).toBe(false);
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
});
