import type { RecordedEvent } from '@quickclaim/platform';
import { caseAnchorRevision, caseDocumentAt, claimAnchorRevision, settlementAt } from './documents-from-events';
import { agreedStory, CASE_ID, CLAIM_A, decidedStory, paidStory, PARTY_A, PARTY_B } from './recorded-stories.fixtures';

const revisionOf = (events: RecordedEvent[], type: string) => events.find((event) => event.type === type)!.revision;

describe('documents made from recorded events', () => {
  it('makes the agreement from the case up to the final liability both parties signed', async () => {
    const events = await (await agreedStory()).caseEvents();
    const revision = caseAnchorRevision('agreement', events);
    expect(revision).toBe(revisionOf(events, 'LiabilityFinalized'));
    const issued = caseDocumentAt('agreement', CASE_ID, events, revision!);
    expect(issued?.document).toMatchObject({
      kind: 'agreement',
      accident: { caseId: CASE_ID, address: '重庆市渝中区解放碑步行街路口', district: 'yuzhong', weather: 'rain' },
      allocation: { A: 'NONE', B: 'FULL' },
      proposedBy: 'A',
      signatures: [
        { party: 'A', signedAt: '2026-11-22T08:03:00.000Z' },
        { party: 'B', signedAt: '2026-11-22T08:04:00.000Z' },
      ],
      issuedAt: '2026-11-22T08:04:00.000Z',
    });
    expect(issued?.document.parties).toEqual([
      expect.objectContaining({ party: 'A', plate: PARTY_A.plate, policyNumber: PARTY_A.policyNumber, situations: [] }),
      expect.objectContaining({ party: 'B', plate: PARTY_B.plate, situations: ['S01'], liability: 'FULL' }),
    ]);
    expect(issued?.reference).toMatchObject({ kind: 'agreement', subjectId: CASE_ID, revisions: [revision] });
  });

  it('has no agreement while liability is not final, and none of a case the police decided', async () => {
    const agreed = await (await agreedStory()).caseEvents();
    const beforeFinal = agreed.slice(0, -1);
    expect(caseAnchorRevision('agreement', beforeFinal)).toBeNull();
    const decided = await (await decidedStory()).caseEvents();
    expect(caseAnchorRevision('agreement', decided)).toBeNull();
    expect(caseDocumentAt('agreement', CASE_ID, decided, revisionOf(decided, 'LiabilityFinalized'))).toBeNull();
  });

  it('makes the decision with the officer, the reasoning and how each party accepted', async () => {
    const events = await (await decidedStory()).caseEvents();
    const revision = caseAnchorRevision('decision', events)!;
    expect(caseDocumentAt('decision', CASE_ID, events, revision)?.document).toMatchObject({
      kind: 'decision',
      basis: 'POLICE',
      officerId: 'officer-1',
      district: 'yuzhong',
      situations: ['S01'],
      reasoning: expect.stringContaining('追尾甲方车辆'),
      responses: [
        { party: 'A', bySilence: false },
        { party: 'B', bySilence: true },
      ],
    });
  });

  it('refuses a revision that is not where the document ends', async () => {
    const events = await (await decidedStory()).caseEvents();
    const revision = caseAnchorRevision('decision', events)!;
    expect(caseDocumentAt('decision', CASE_ID, events, revision - 1)).toBeNull();
    expect(caseDocumentAt('decision', CASE_ID, events, events.length + 3)).toBeNull();
    expect(caseDocumentAt('decision', CASE_ID.replace('0a', '0b'), events, revision)).toBeNull();
  });

  it('makes the same document, with the same reference, whatever happened to the case afterwards', async () => {
    const story = await paidStory();
    const caseEvents = await story.caseEvents();
    const revision = caseAnchorRevision('agreement', caseEvents)!;
    const later = caseDocumentAt('agreement', CASE_ID, caseEvents, revision);
    const atTheTime = caseDocumentAt('agreement', CASE_ID, caseEvents.slice(0, revision + 1), revision);
    expect(caseEvents.length).toBeGreaterThan(revision + 1);
    expect(later).toEqual(atTheTime);
  });

  it('makes the settlement from the paid claim and the case its liability came from', async () => {
    const story = await paidStory();
    const claimEvents = await story.claimEvents(CLAIM_A);
    const caseEvents = await story.caseEvents();
    const claimRevision = claimAnchorRevision(claimEvents)!;
    const caseRevision = caseAnchorRevision('agreement', caseEvents)!;
    const issued = settlementAt(CLAIM_A, claimEvents, claimRevision, caseEvents, caseRevision);
    expect(issued?.document).toMatchObject({
      kind: 'settlement',
      claimId: CLAIM_A,
      liabilityBasis: 'AGREEMENT',
      claimant: { party: 'A', plate: PARTY_A.plate, liability: 'NONE' },
      counterpart: { party: 'B', plate: PARTY_B.plate, insurer: 'CPIC', policyNumber: PARTY_B.policyNumber },
      assessment: { totalFen: 345_678, assessedBy: 'adjuster-picc' },
      settlement: {
        rule: 'STANDARD',
        lines: [
          { payer: 'CPIC', coverage: 'COMPULSORY', amountFen: 200_000 },
          { payer: 'CPIC', coverage: 'THIRD_PARTY', amountFen: 145_678 },
        ],
      },
      approval: { approvedBy: 'adjuster-picc', straightThrough: false },
      payouts: [{ payer: 'CPIC', amountFen: 345_678, reference: 'PAY-1' }],
      paidFen: 345_678,
    });
    // The counterpart is named by vehicle and policy only: the claimant's paper carries no one else's phone.
    expect(Object.keys(issued!.document.counterpart!)).not.toContain('phone');
    expect(issued?.reference.revisions).toEqual([claimRevision, caseRevision]);
  });

  it('has no settlement before the claim is paid', async () => {
    const story = await paidStory();
    const claimEvents = await story.claimEvents(CLAIM_A);
    const caseEvents = await story.caseEvents();
    const unpaid = claimEvents.slice(0, revisionOf(claimEvents, 'ClaimPaid'));
    expect(claimAnchorRevision(unpaid)).toBeNull();
    expect(
      settlementAt(CLAIM_A, claimEvents, unpaid.length - 1, caseEvents, caseAnchorRevision('agreement', caseEvents)!),
    ).toBeNull();
  });
});
