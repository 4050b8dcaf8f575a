import type { CaseEvent } from '../domain/case.events';
import { at, joined, photo, reported, requiredPhotos } from '../domain/case.fixtures';
import { EMPTY_CASE_VIEW, evolveCaseViewState } from './case-view.state';
import { NEXT_STEPS, nextStepFor } from './next-step';

const stateOf = (...events: CaseEvent[]) => events.reduce(evolveCaseViewState, EMPTY_CASE_VIEW);
const proposed: CaseEvent = {
  type: 'AgreementProposed',
  data: { allocation: { A: 'FULL', B: 'NONE' }, proposedBy: 'A', proposedAt: at(3) },
};

describe('what a driver does next', () => {
  it('leads the drivers through putting the case together', () => {
    expect(nextStepFor(stateOf(reported), 'A', at(1))).toBe('SHARE_JOIN_CODE');
    expect(nextStepFor(stateOf(reported, joined, photo('FRONT_SIDE')), 'B', at(2))).toBe('ADD_REQUIRED_PHOTOS');
    expect(nextStepFor(stateOf(reported, joined, ...requiredPhotos()), 'A', at(2))).toBe('AGREE_OR_ASK_POLICE');
    expect(nextStepFor(stateOf(reported, joined, proposed), 'A', at(3))).toBe('WAIT_FOR_SIGNATURE');
    expect(nextStepFor(stateOf(reported, joined, proposed), 'B', at(3))).toBe('SIGN_AGREEMENT');
  });

  it('asks for the photos the officer asked for', () => {
    const asked: CaseEvent = {
      type: 'EvidenceRequested',
      data: { officerId: 'officer-1', kinds: ['PLATE'], note: 'both plates', requestedAt: at(6) },
    };
    expect(nextStepFor(stateOf(reported, joined, ...requiredPhotos(), asked), 'A', at(7))).toBe('ADD_REQUESTED_PHOTOS');
  });

  it('is one of a small closed set of codes', () => {
    expect(NEXT_STEPS).toHaveLength(new Set(NEXT_STEPS).size);
    expect(NEXT_STEPS.every((code) => /^[A-Z][A-Z_]+$/.test(code))).toBe(true);
  });
});
