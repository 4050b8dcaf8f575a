import type { CaseView, PartyView } from '../api/types';
import { driverStep, failingConditions, missingRequiredKinds, sameAllocation } from './case-flow';

const party = (id: 'A' | 'B', extra: Partial<PartyView> = {}): PartyView => ({
  party: id,
  plate: id === 'A' ? '渝A12345' : '渝B67890',
  insurer: 'PICC',
  driverName: '张三',
  phone: '13800000001',
  licenceNo: '500101199001011234',
  situations: [],
  ...extra,
});

const view = (extra: Partial<CaseView> = {}): CaseView => ({
  caseId: 'c1',
  status: 'REPORTED',
  occurredAt: '2026-11-22T07:55:00.000Z',
  reportedAt: '2026-11-22T08:00:00.000Z',
  location: null,
  yourParty: 'A',
  parties: [party('A')],
  photos: [],
  agreement: null,
  policeRequest: null,
  evidenceRequest: null,
  decision: null,
  suggestion: null,
  liability: null,
  disputedDecision: null,
  referral: null,
  nextStep: null,
  claims: [],
  flags: [],
  flagDetails: [],
  timeline: [],
  revision: 0,
  ...extra,
});

describe('the driver’s next step', () => {
  it('lists the checklist answers that keep a case offline', () => {
    expect(failingConditions({ noInjuries: true, vehiclesMovable: false })).toEqual([
      'vehiclesMovable',
      'licencesValid',
      'compulsoryInsurance',
      'noIntoxication',
      'platesValid',
      'nobodyLeft',
      'notDeliberate',
    ]);
    const allYes = Object.fromEntries(failingConditions({}).map((condition) => [condition, true]));
    expect(failingConditions(allYes)).toEqual([]);
  });

  it('names the required photo kinds still missing', () => {
    expect(missingRequiredKinds([{ kind: 'REAR_SIDE' }, { kind: 'SCENE' }])).toEqual(['FRONT_SIDE', 'POINT_OF_IMPACT']);
  });

  it('has the reporter invite the other driver until B joins', () => {
    expect(driverStep(view())).toMatchObject({ inviteOther: true, chooseLiabilityPath: false, uploadPhotos: true });
    expect(driverStep(view({ yourParty: 'B', parties: [party('A'), party('B')] })).inviteOther).toBe(false);
  });

  it('offers agreement or police once both have joined, then the signature to the other party only', () => {
    const joined = view({ parties: [party('A'), party('B')] });
    expect(driverStep(joined).chooseLiabilityPath).toBe(true);
    const proposed = {
      ...joined,
      agreement: { allocation: { A: 'FULL', B: 'NONE' } as const, signedBy: ['A' as const] },
    };
    expect(driverStep(proposed)).toMatchObject({
      chooseLiabilityPath: false,
      signAgreement: false,
      awaitingSignature: true,
    });
    expect(driverStep({ ...proposed, yourParty: 'B' })).toMatchObject({
      signAgreement: true,
      awaitingSignature: false,
    });
  });

  it('asks each party to answer a decision once', () => {
    const decided = view({ status: 'DECIDED', parties: [party('A', { accepted: true }), party('B')] });
    expect(driverStep(decided).respondToDecision).toBe(false);
    expect(driverStep({ ...decided, yourParty: 'B' }).respondToDecision).toBe(true);
  });

  it('lets a party withdraw only before liability is final', () => {
    expect(driverStep(view({ status: 'AWAITING_POLICE' })).withdraw).toBe(true);
    expect(driverStep(view({ status: 'SETTLING' })).withdraw).toBe(false);
  });

  it('compares allocations by value', () => {
    expect(sameAllocation({ A: 'FULL', B: 'NONE' }, { A: 'FULL', B: 'NONE' })).toBe(true);
    expect(sameAllocation({ A: 'FULL', B: 'NONE' }, null)).toBe(false);
  });
});
