import { DeciderSpecification } from '@quickclaim/testing';
import type { CaseCommand } from './case.commands';
import { Refused } from '@quickclaim/kernel';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import {
  assigned,
  at,
  CASE_ID,
  decided,
  decidedCase,
  declaredByB,
  DRIVER_A,
  DRIVER_B,
  ELIGIBLE,
  evidence,
  fold,
  joined,
  OFFICER,
  OFFICER_ELSEWHERE,
  OTHER_OFFICER,
  partyA,
  partyB,
  photo,
  policeRequested,
  reportCommand,
  reported,
  requiredPhotos,
  STRANGER,
  T0,
} from './case.fixtures';

const spec = DeciderSpecification(caseDecider);
const refusedWith = (code: string) => (error: Refused) => expect(error.code).toBe(code);
const thenRefused = (given: CaseEvent[], command: CaseCommand, code: string) =>
  spec.given(given).when(command).thenThrows(Refused, refusedWith(code));

const awaitingPolice = (): CaseEvent[] => [reported, joined, ...requiredPhotos(), declaredByB, policeRequested()];
const underReview = (): CaseEvent[] => [...awaitingPolice(), assigned()];

describe('the accident case decider', () => {
  describe('ReportAccident', () => {
    it('opens the case with the reporter as party A', () => {
      spec.given([]).when(reportCommand()).then([reported]);
    });

    it('refuses an ineligible accident, naming every failing condition', () => {
      spec
        .given([])
        .when(reportCommand({ eligibility: { ...ELIGIBLE, noInjuries: false, platesValid: false } }))
        .thenThrows(Refused, (error) => {
          expect(error.code).toBe('CASE_NOT_ELIGIBLE');
          expect(error.kind).toBe('RULE');
          expect(error.message).toContain('122');
          expect(error.details.map((detail) => detail.field)).toEqual([
            'eligibility.noInjuries',
            'eligibility.platesValid',
          ]);
        });
    });

    it('records the signals of fraud found at report, never refusing for them', () => {
      spec
        .given([])
        .when(reportCommand({ flags: ['LATE_REPORT', 'REPEAT_PLATE', 'LATE_REPORT'] }))
        .then([reported, { type: 'CaseFlagged', data: { flags: ['LATE_REPORT', 'REPEAT_PLATE'], flaggedAt: T0 } }]);
    });

    it('refuses an accident in the future', () => {
      thenRefused([], reportCommand({ occurredAt: at(30) }), 'OCCURRED_IN_FUTURE');
    });

    it('refuses a case id that exists already', () => {
      thenRefused([reported], reportCommand(), 'CASE_ALREADY_EXISTS');
    });
  });

  describe('JoinCase', () => {
    const join = (driverId: string, joinCode = '123456', party = partyB): CaseCommand => ({
      type: 'JoinCase',
      joinCode,
      party,
      driverId,
      now: at(1),
    });

    it('makes the joining driver party B', () => {
      spec.given([reported]).when(join(DRIVER_B)).then([joined]);
    });

    it('records only flags the case did not have yet', () => {
      const flaggedAtReport: CaseEvent = { type: 'CaseFlagged', data: { flags: ['REPEAT_PLATE'], flaggedAt: T0 } };
      spec
        .given([reported, flaggedAtReport])
        .when({ ...join(DRIVER_B), flags: ['REPEAT_PLATE', 'REPEAT_PAIR'] } as CaseCommand)
        .then([joined, { type: 'CaseFlagged', data: { flags: ['REPEAT_PAIR'], flaggedAt: at(1) } }]);
      expect(
        fold([
          reported,
          flaggedAtReport,
          joined,
          { type: 'CaseFlagged', data: { flags: ['REPEAT_PAIR'], flaggedAt: at(1) } },
        ]).flags,
      ).toEqual(['REPEAT_PLATE', 'REPEAT_PAIR']);
    });

    it('refuses the reporter', () => thenRefused([reported], join(DRIVER_A), 'REPORTER_CANNOT_JOIN'));
    it('refuses a wrong code', () => thenRefused([reported], join(DRIVER_B, '000000'), 'INVALID_JOIN_CODE'));
    it('refuses a third driver', () => thenRefused([reported, joined], join(STRANGER), 'CASE_FULL'));
    it("refuses party A's own vehicle", () =>
      thenRefused([reported], join(DRIVER_B, '123456', { ...partyB, plate: ' 渝a12345 ' }), 'SAME_VEHICLE'));
    it('treats party B joining again as done', () =>
      spec.given([reported, joined]).when(join(DRIVER_B)).thenNothingHappened());
    it('refuses an unknown case', () => thenRefused([], join(DRIVER_B), 'CASE_NOT_FOUND'));
    it('refuses a withdrawn case', () => {
      const withdrawnLike: CaseEvent = { type: 'CaseWithdrawn', data: { party: 'A', reason: 'x', withdrawnAt: at(1) } };
      thenRefused([reported, withdrawnLike], join(DRIVER_B), 'INVALID_CASE_STATUS');
    });
  });

  describe('AttachPhoto', () => {
    const attach = (driverId: string, number: number): CaseCommand => ({
      type: 'AttachPhoto',
      photo: evidence('SCENE', number),
      driverId,
      now: at(2),
    });

    it('records the photo for the uploading party', () => {
      spec
        .given([reported, joined])
        .when(attach(DRIVER_B, 900))
        .then([
          {
            type: 'PhotoAttached',
            data: { ...evidence('SCENE', 900), party: 'B', uploadedBy: DRIVER_B, attachedAt: at(2) },
          },
        ]);
    });

    it('refuses a driver who is not a party as if the case did not exist', () =>
      spec
        .given([reported])
        .when(attach(STRANGER, 901))
        .thenThrows(Refused, (error) => expect(error.kind).toBe('NOT_FOUND')));

    it('refuses the same bytes twice', () => {
      const first = {
        type: 'PhotoAttached',
        data: { ...evidence('SCENE', 902), party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) },
      } as CaseEvent;
      const sameBytes: CaseCommand = {
        type: 'AttachPhoto',
        photo: { ...evidence('SCENE', 902), photoId: 'another' },
        driverId: DRIVER_A,
        now: at(2),
      };
      thenRefused([reported, first], sameBytes, 'PHOTO_ALREADY_ATTACHED');
    });

    it('treats the same photo id again as done', () => {
      const first = {
        type: 'PhotoAttached',
        data: { ...evidence('SCENE', 903), party: 'A', uploadedBy: DRIVER_A, attachedAt: at(2) },
      } as CaseEvent;
      spec.given([reported, first]).when(attach(DRIVER_A, 903)).thenNothingHappened();
    });

    it('refuses a 31st photo', () => {
      const thirty = Array.from({ length: 30 }, () => photo('OTHER'));
      thenRefused([reported, ...thirty], attach(DRIVER_A, 904), 'TOO_MANY_PHOTOS');
    });

    it('refuses photos once liability is being decided by the parties', () =>
      thenRefused(decidedCase(), attach(DRIVER_A, 905), 'INVALID_CASE_STATUS'));
  });

  describe('DeclareCircumstances', () => {
    const declare = (situations: string[], driverId = DRIVER_B): CaseCommand => ({
      type: 'DeclareCircumstances',
      situations,
      driverId,
      now: at(3),
    });

    it('records up to 3 standard situations, without duplicates', () => {
      spec
        .given([reported, joined])
        .when(declare(['S01', 'S02', 'S01']))
        .then([{ type: 'CircumstancesDeclared', data: { party: 'B', situations: ['S01', 'S02'], declaredAt: at(3) } }]);
    });

    it('refuses an unknown code', () => thenRefused([reported, joined], declare(['S22']), 'UNKNOWN_SITUATION'));
    it('refuses more than 3', () =>
      thenRefused([reported, joined], declare(['S01', 'S02', 'S03', 'S04']), 'TOO_MANY_SITUATIONS'));
    it('refuses a stranger', () => thenRefused([reported, joined], declare(['S01'], STRANGER), 'CASE_NOT_FOUND'));
    it('refuses while the police decide', () => thenRefused(awaitingPolice(), declare(['S01']), 'INVALID_CASE_STATUS'));
  });

  describe('self-negotiation', () => {
    const propose = (
      A: 'FULL' | 'MAJOR' | 'NONE' | 'MINOR',
      B: 'FULL' | 'MAJOR' | 'NONE' | 'MINOR' | 'EQUAL',
      driverId = DRIVER_A,
    ): CaseCommand => ({
      type: 'ProposeAgreement',
      allocation: { A, B },
      driverId,
      now: at(2),
    });
    const sign = (driverId: string): CaseCommand => ({ type: 'SignAgreement', driverId, now: at(3) });
    const proposed: CaseEvent = {
      type: 'AgreementProposed',
      data: { allocation: { A: 'FULL', B: 'NONE' }, proposedBy: 'A', proposedAt: at(2) },
    };

    it('records a FULL/NONE proposal signed by its proposer', () => {
      spec.given([reported, joined]).when(propose('FULL', 'NONE')).then([proposed]);
    });

    it('finalizes liability when the other party signs', () => {
      spec
        .given([reported, joined, proposed])
        .when(sign(DRIVER_B))
        .then([
          { type: 'AgreementSigned', data: { party: 'B', signedAt: at(3) } },
          {
            type: 'LiabilityFinalized',
            data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(3), finalizedAt: at(3) },
          },
        ]);
    });

    it('leaves anything but FULL/NONE to the police', () =>
      thenRefused([reported, joined], propose('MAJOR', 'MINOR'), 'AGREEMENT_NEEDS_POLICE'));
    it('refuses an impossible pair', () =>
      thenRefused([reported, joined], propose('FULL', 'FULL' as 'NONE'), 'INVALID_ALLOCATION'));
    it('needs party B', () => thenRefused([reported], propose('FULL', 'NONE'), 'PARTY_B_MISSING'));
    it('refuses signing twice', () => thenRefused([reported, joined, proposed], sign(DRIVER_A), 'ALREADY_SIGNED'));
    it('refuses signing nothing', () => thenRefused([reported, joined], sign(DRIVER_B), 'NO_AGREEMENT_PROPOSED'));
  });

  describe('RequestPoliceDecision', () => {
    const request = (driverId = DRIVER_A, minutes = 4): CaseCommand => ({
      type: 'RequestPoliceDecision',
      driverId,
      now: at(minutes),
    });

    it('puts the case on the desk with a 5-minute deadline and the suggestion', () => {
      spec
        .given([reported, joined, ...requiredPhotos(), declaredByB])
        .when(request())
        .then([
          {
            type: 'PoliceDecisionRequested',
            data: {
              requestedBy: 'A',
              requestedAt: at(4),
              deadline: at(9),
              district: 'yuzhong',
              suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
              review: false,
            },
          },
        ]);
    });

    it('needs party B', () => thenRefused([reported, ...requiredPhotos()], request(), 'PARTY_B_MISSING'));

    it('needs the three required photo kinds, naming the missing ones', () => {
      spec
        .given([reported, joined, photo('FRONT_SIDE')])
        .when(request())
        .thenThrows(Refused, (error) => {
          expect(error.code).toBe('REQUIRED_PHOTOS_MISSING');
          expect(error.details.map((detail) => detail.message)).toEqual([
            'REAR_SIDE is missing',
            'POINT_OF_IMPACT is missing',
          ]);
        });
    });

    it('treats a second request while waiting as done', () =>
      spec.given(awaitingPolice()).when(request(DRIVER_B)).thenNothingHappened());

    it('after an evidence request, needs a photo of each requested kind taken since', () => {
      const evidenceRequested: CaseEvent = {
        type: 'EvidenceRequested',
        data: { officerId: OFFICER.officerId, kinds: ['PLATE'], note: 'plates please', requestedAt: at(6) },
      };
      thenRefused([...underReview(), evidenceRequested], request(DRIVER_A, 7), 'REQUESTED_EVIDENCE_MISSING');
      spec
        .given([...underReview(), evidenceRequested, photo('PLATE', 7)])
        .when(request(DRIVER_A, 8))
        .then([
          {
            type: 'PoliceDecisionRequested',
            data: {
              requestedBy: 'A',
              requestedAt: at(8),
              deadline: at(13),
              district: 'yuzhong',
              suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
              review: false,
            },
          },
        ]);
    });
  });

  describe('TakeCase', () => {
    const take = (officer = OFFICER, minutes = 5): CaseCommand => ({ type: 'TakeCase', ...officer, now: at(minutes) });

    it('assigns the case to the officer for 10 minutes', () => {
      spec.given(awaitingPolice()).when(take()).then([assigned()]);
    });

    it('refuses while another officer holds it', () =>
      thenRefused(underReview(), take(OTHER_OFFICER, 6), 'ALREADY_ASSIGNED'));

    it('lets another officer take it once the hold lapsed', () => {
      spec
        .given(underReview())
        .when(take(OTHER_OFFICER, 15))
        .then([assigned(OTHER_OFFICER.officerId, 15)]);
    });

    it('refreshes the hold of the same officer', () => {
      spec
        .given(underReview())
        .when(take(OFFICER, 8))
        .then([assigned(OFFICER.officerId, 8)]);
    });

    it('hides the case from officers of another district', () =>
      thenRefused(awaitingPolice(), take(OFFICER_ELSEWHERE), 'CASE_NOT_FOUND'));
    it('refuses a case not on the desk', () => thenRefused([reported, joined], take(), 'INVALID_CASE_STATUS'));
  });

  describe('DecideLiability', () => {
    const decide = (
      officer = OFFICER,
      minutes = 6,
      allocation = { A: 'NONE', B: 'FULL' } as const,
      reasoning = 'B hit A from behind',
    ): CaseCommand => ({
      type: 'DecideLiability',
      ...officer,
      allocation,
      situations: ['S01'],
      reasoning,
      now: at(minutes),
    });

    it('records the decision with 3 days to answer', () => spec.given(underReview()).when(decide()).then([decided()]));
    it('needs the hold', () => thenRefused(underReview(), decide(OTHER_OFFICER), 'NOT_ASSIGNED'));
    it('refuses after the hold lapsed', () => thenRefused(underReview(), decide(OFFICER, 16), 'ASSIGNMENT_LAPSED'));
    it('refuses an impossible pair', () =>
      thenRefused(
        underReview(),
        decide(OFFICER, 6, { A: 'MAJOR', B: 'MAJOR' } as unknown as { A: 'NONE'; B: 'FULL' }),
        'INVALID_ALLOCATION',
      ));
    it('needs reasoning', () =>
      thenRefused(underReview(), decide(OFFICER, 6, { A: 'NONE', B: 'FULL' }, '   '), 'REASONING_REQUIRED'));
    it('refuses before anyone took the case', () => thenRefused(awaitingPolice(), decide(), 'INVALID_CASE_STATUS'));
  });

  describe('RequestEvidence and ReferOffline', () => {
    it('asks for more photos and releases the hold', () => {
      spec
        .given(underReview())
        .when({ type: 'RequestEvidence', ...OFFICER, kinds: ['PLATE', 'PLATE'], note: 'plates please', now: at(6) })
        .then([
          {
            type: 'EvidenceRequested',
            data: { officerId: OFFICER.officerId, kinds: ['PLATE'], note: 'plates please', requestedAt: at(6) },
          },
        ]);
    });

    it('refuses an empty list of kinds', () =>
      thenRefused(
        underReview(),
        { type: 'RequestEvidence', ...OFFICER, kinds: [], note: 'x', now: at(6) },
        'INVALID_PHOTO_KINDS',
      ));

    it('refers the case offline with a reason', () => {
      spec
        .given(underReview())
        .when({ type: 'ReferOffline', ...OFFICER, reason: 'damaged public property', now: at(6) })
        .then([
          {
            type: 'CaseReferredOffline',
            data: { officerId: OFFICER.officerId, reason: 'damaged public property', referredAt: at(6) },
          },
        ]);
    });

    it('needs a reason to refer', () =>
      thenRefused(underReview(), { type: 'ReferOffline', ...OFFICER, reason: '', now: at(6) }, 'REASON_REQUIRED'));
  });

  describe('answering a decision', () => {
    const accept = (driverId: string, minutes = 7): CaseCommand => ({
      type: 'AcceptLiability',
      driverId,
      now: at(minutes),
    });
    const dispute = (driverId: string, reason = 'not my fault'): CaseCommand => ({
      type: 'DisputeLiability',
      driverId,
      reason,
      now: at(7),
    });
    const acceptedByA: CaseEvent = {
      type: 'LiabilityAccepted',
      data: { party: 'A', acceptedAt: at(7), bySilence: false },
    };
    const finalized = (
      basis: 'POLICE' | 'REVIEW',
      officerId: string,
      decidedAt: string,
      finalizedAt: string,
    ): CaseEvent => ({
      type: 'LiabilityFinalized',
      data: {
        allocation: { A: 'NONE', B: 'FULL' },
        basis,
        decidedBy: officerId,
        decidedAt,
        reasoning: 'B hit A from behind',
        finalizedAt,
      },
    });

    it('records the first acceptance', () => spec.given(decidedCase()).when(accept(DRIVER_A)).then([acceptedByA]));

    it('finalizes liability when both accepted', () => {
      spec
        .given([...decidedCase(), acceptedByA])
        .when(accept(DRIVER_B, 8))
        .then([
          { type: 'LiabilityAccepted', data: { party: 'B', acceptedAt: at(8), bySilence: false } },
          finalized('POLICE', OFFICER.officerId, at(6), at(8)),
        ]);
    });

    it('refuses a second answer', () =>
      thenRefused([...decidedCase(), acceptedByA], accept(DRIVER_A), 'ALREADY_RESPONDED'));
    it('refuses an answer before any decision', () =>
      thenRefused(awaitingPolice(), accept(DRIVER_A), 'INVALID_CASE_STATUS'));

    it('sends a first dispute back to the desk as a review', () => {
      spec
        .given(decidedCase())
        .when(dispute(DRIVER_B))
        .then([
          { type: 'LiabilityDisputed', data: { party: 'B', reason: 'not my fault', disputedAt: at(7) } },
          {
            type: 'PoliceDecisionRequested',
            data: {
              requestedBy: 'B',
              requestedAt: at(7),
              deadline: at(12),
              district: 'yuzhong',
              suggestion: { allocation: { A: 'NONE', B: 'FULL' }, rule: 'ONLY_B_MATCHES' },
              review: true,
            },
          },
        ]);
      expect(fold([...decidedCase(), ...caseDecider.decide(dispute(DRIVER_B), fold(decidedCase()))]).status).toBe(
        'DISPUTED',
      );
    });

    it('needs a reason to dispute', () => thenRefused(decidedCase(), dispute(DRIVER_B, ' '), 'REASON_REQUIRED'));

    describe('the review', () => {
      const disputedEvents = (): CaseEvent[] => {
        const history = decidedCase();
        return [...history, ...caseDecider.decide(dispute(DRIVER_B), fold(history))];
      };

      it('cannot be taken by the officer who decided first', () =>
        thenRefused(disputedEvents(), { type: 'TakeCase', ...OFFICER, now: at(8) }, 'REVIEW_NEEDS_ANOTHER_OFFICER'));

      it('is decided by another officer with basis REVIEW', () => {
        const history = [...disputedEvents(), assigned(OTHER_OFFICER.officerId, 8)];
        spec
          .given(history)
          .when({
            type: 'DecideLiability',
            ...OTHER_OFFICER,
            allocation: { A: 'NONE', B: 'FULL' },
            situations: ['S01'],
            reasoning: 'B hit A from behind',
            now: at(9),
          })
          .then([decided(OTHER_OFFICER.officerId, 'REVIEW', 9)]);
      });

      it('ends the online path when it is disputed in turn', () => {
        const history = [
          ...disputedEvents(),
          assigned(OTHER_OFFICER.officerId, 8),
          decided(OTHER_OFFICER.officerId, 'REVIEW', 9),
        ];
        const events = caseDecider.decide(dispute(DRIVER_B), fold(history));
        expect(events.map((event) => event.type)).toEqual(['LiabilityDisputed', 'CaseReferredOffline']);
        expect(fold([...history, ...events]).status).toBe('REFERRED_OFFLINE');
      });
    });

    describe('silence for 3 days', () => {
      const close = (minutes: number): CaseCommand => ({ type: 'CloseResponsePeriod', now: at(minutes) });
      const threeDays = 6 + 3 * 24 * 60;

      it('is not acceptance before the deadline', () =>
        thenRefused(decidedCase(), close(threeDays - 1), 'RESPONSE_PERIOD_OPEN'));

      it('counts as acceptance for whoever did not answer, and finalizes', () => {
        spec
          .given([...decidedCase(), acceptedByA])
          .when(close(threeDays))
          .then([
            { type: 'LiabilityAccepted', data: { party: 'B', acceptedAt: at(threeDays), bySilence: true } },
            finalized('POLICE', OFFICER.officerId, at(6), at(threeDays)),
          ]);
      });

      it('does nothing to a disputed case', () => {
        const history = [...decidedCase(), ...caseDecider.decide(dispute(DRIVER_B), fold(decidedCase()))];
        thenRefused(history, close(threeDays), 'INVALID_CASE_STATUS');
      });
    });
  });

  describe('WithdrawCase', () => {
    const withdraw = (driverId: string, reason = 'we settled privately'): CaseCommand => ({
      type: 'WithdrawCase',
      driverId,
      reason,
      now: at(5),
    });

    it('withdraws a case before liability is final', () => {
      spec
        .given(awaitingPolice())
        .when(withdraw(DRIVER_B))
        .then([{ type: 'CaseWithdrawn', data: { party: 'B', reason: 'we settled privately', withdrawnAt: at(5) } }]);
    });

    it('refuses once liability is final', () => {
      const final: CaseEvent = {
        type: 'LiabilityFinalized',
        data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(3), finalizedAt: at(3) },
      };
      thenRefused([reported, joined, final], withdraw(DRIVER_A), 'LIABILITY_ALREADY_FINAL');
    });

    it('refuses a stranger', () => thenRefused([reported], withdraw(STRANGER), 'CASE_NOT_FOUND'));
    it('needs a reason', () => thenRefused([reported], withdraw(DRIVER_A, ''), 'REASON_REQUIRED'));
  });

  describe('claims of the case', () => {
    const final: CaseEvent = {
      type: 'LiabilityFinalized',
      data: { allocation: { A: 'FULL', B: 'NONE' }, basis: 'AGREEMENT', decidedAt: at(3), finalizedAt: at(3) },
    };
    const claims = [
      { claimId: 'claim-a', party: 'A' as const },
      { claimId: 'claim-b', party: 'B' as const },
    ];
    const opened: CaseEvent = { type: 'ClaimsOpened', data: { claims, openedAt: at(4) } };

    it('records the claims opened once liability is final, once', () => {
      spec
        .given([reported, joined, final])
        .when({ type: 'RecordClaimsOpened', claims, now: at(4) })
        .then([opened]);
      spec
        .given([reported, joined, final, opened])
        .when({ type: 'RecordClaimsOpened', claims, now: at(5) })
        .thenNothingHappened();
      expect(fold([reported, joined, final, opened]).status).toBe('SETTLING');
    });

    it('refuses claims before liability is final', () =>
      thenRefused([reported, joined], { type: 'RecordClaimsOpened', claims, now: at(4) }, 'INVALID_CASE_STATUS'));

    it('closes the case when every claim is closed, not before', () => {
      spec
        .given([reported, joined, final, opened])
        .when({ type: 'CloseCase', claimsClosed: ['claim-a', 'claim-b'], now: at(30) })
        .then([{ type: 'CaseClosed', data: { closedAt: at(30) } }]);
      thenRefused(
        [reported, joined, final, opened],
        { type: 'CloseCase', claimsClosed: ['claim-a'], now: at(30) },
        'CLAIMS_STILL_OPEN',
      );
    });
  });

  describe('whole stories', () => {
    it('reaches LIABILITY_FINAL through the police desk', () => {
      const state = fold([
        ...decidedCase(),
        { type: 'LiabilityAccepted', data: { party: 'A', acceptedAt: at(7), bySilence: false } },
      ]);
      const events = caseDecider.decide({ type: 'AcceptLiability', driverId: DRIVER_B, now: at(8) }, state);
      const final = fold(events, state);
      expect(final.status).toBe('LIABILITY_FINAL');
      expect(final.liability).toMatchObject({
        basis: 'POLICE',
        decidedBy: OFFICER.officerId,
        allocation: { A: 'NONE', B: 'FULL' },
      });
    });

    it('walks every status of the desk path', () => {
      const history = decidedCase();
      const statuses = history.map((_, index) => fold(history.slice(0, index + 1)).status);
      expect(statuses).toEqual([
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'REPORTED',
        'AWAITING_POLICE',
        'UNDER_REVIEW',
        'DECIDED',
      ]);
      expect(fold(history).parties.A).toMatchObject({ ...partyA, driverId: DRIVER_A });
      expect(fold(history).caseId).toBe(CASE_ID);
    });
  });
});
