import { createHash } from 'node:crypto';
import { documentFingerprint, parseReference, verificationPath } from './fingerprint';

const CASE_ID = '0a2b4c6d-1111-4111-8111-111111111111';
const anchor = { streamId: `case-${CASE_ID}`, revision: 5, hash: 'ab'.repeat(32) };

describe('the document fingerprint', () => {
  it('is the SHA-256 the ADR tells anyone holding the audit trail to compute', () => {
    const byHand = createHash('sha256')
      .update(JSON.stringify(['quickclaim-document-v1', 'agreement', CASE_ID, [[anchor.streamId, 5, anchor.hash]]]))
      .digest('hex');
    expect(documentFingerprint('agreement', CASE_ID, [anchor])).toBe(byHand);
  });

  it('changes with the kind, the subject, the revision, the hash and the order of the streams', () => {
    const base = documentFingerprint('settlement', CASE_ID, [anchor, { ...anchor, streamId: 'claim-x' }]);
    const variants = [
      documentFingerprint('agreement', CASE_ID, [anchor, { ...anchor, streamId: 'claim-x' }]),
      documentFingerprint('settlement', CASE_ID.replace('0a', '0b'), [anchor, { ...anchor, streamId: 'claim-x' }]),
      documentFingerprint('settlement', CASE_ID, [
        { ...anchor, revision: 6 },
        { ...anchor, streamId: 'claim-x' },
      ]),
      documentFingerprint('settlement', CASE_ID, [
        { ...anchor, hash: 'cd'.repeat(32) },
        { ...anchor, streamId: 'claim-x' },
      ]),
      documentFingerprint('settlement', CASE_ID, [{ ...anchor, streamId: 'claim-x' }, anchor]),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });
});

describe('the verification reference', () => {
  const fingerprint = 'f'.repeat(64);

  it('round-trips through its URL path', () => {
    const reference = { kind: 'settlement' as const, subjectId: CASE_ID, revisions: [7, 5], fingerprint };
    const path = verificationPath(reference);
    expect(path).toBe(`/verify/settlement/${CASE_ID}/7-5/${fingerprint}`);
    const [, , kind, subjectId, revisions, printed] = path.split('/');
    expect(
      parseReference({ kind: kind!, subjectId: subjectId!, revisions: revisions!, fingerprint: printed! }),
    ).toEqual(reference);
  });

  it('reads ids and fingerprints in either case, as a person may type them', () => {
    expect(
      parseReference({
        kind: 'decision',
        subjectId: CASE_ID.toUpperCase(),
        revisions: '11',
        fingerprint: 'F'.repeat(64),
      }),
    ).toEqual({ kind: 'decision', subjectId: CASE_ID, revisions: [11], fingerprint });
  });

  it.each([
    ['an unknown kind', { kind: 'invoice', revisions: '5' }],
    ['a subject that is no id', { subjectId: 'case-1', revisions: '5' }],
    ['too few revisions for a settlement', { kind: 'settlement', revisions: '7' }],
    ['too many for an agreement', { revisions: '5-3' }],
    ['a negative revision', { revisions: '-5' }],
    ['a revision with a leading zero', { revisions: '05' }],
    ['a short fingerprint', { revisions: '5', fingerprint: 'f'.repeat(63) }],
    ['a fingerprint that is not hex', { revisions: '5', fingerprint: 'g'.repeat(64) }],
  ])('names no document with %s', (_what, parts: Partial<Parameters<typeof parseReference>[0]>) => {
    const valid = { kind: 'agreement', subjectId: CASE_ID, revisions: '5', fingerprint };
    expect(parseReference({ ...valid, ...parts })).toBeNull();
  });
});
