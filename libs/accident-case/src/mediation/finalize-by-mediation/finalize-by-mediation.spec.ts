import { at, fold, OTHER_OFFICER, reported, spec, thenRefused } from '../../domain/case.fixtures';
import { inMediation, MEDIATION_ID, reviewedCase } from '../mediation.fixtures';

const finalize = { type: 'FinalizeByMediation', mediationId: MEDIATION_ID, now: at(60) } as const;

describe('FinalizeByMediation', () => {
  it("makes liability final on the review's allocation, naming the mediation that settles the claims", () => {
    const finalized = {
      type: 'LiabilityFinalized' as const,
      data: {
        allocation: { A: 'NONE' as const, B: 'FULL' as const },
        basis: 'REVIEW' as const,
        decidedBy: OTHER_OFFICER.officerId,
        decidedAt: at(9),
        reasoning: 'B hit A from behind',
        finalizedAt: at(60),
        mediationId: MEDIATION_ID,
      },
    };
    spec.given(inMediation()).when(finalize).then([finalized]);
    expect(fold([...inMediation(), finalized]).status).toBe('LIABILITY_FINAL');
  });

  it('changes nothing once liability is final (a redelivery)', () => {
    const history = [...inMediation(), ...finalizedByMediation()];
    spec.given(history).when(finalize).thenNothingHappened();
  });

  it('is refused on a case in no mediation', () => {
    thenRefused(reviewedCase(), finalize, 'INVALID_CASE_STATUS');
    thenRefused([reported], finalize, 'INVALID_CASE_STATUS');
  });
});

function finalizedByMediation() {
  return [
    {
      type: 'LiabilityFinalized' as const,
      data: {
        allocation: { A: 'NONE' as const, B: 'FULL' as const },
        basis: 'REVIEW' as const,
        decidedAt: at(9),
        finalizedAt: at(60),
        mediationId: MEDIATION_ID,
      },
    },
  ];
}
