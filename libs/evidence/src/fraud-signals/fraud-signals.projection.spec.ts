import type { RecordedEvent } from '@quickclaim/platform';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, ProjectionSpecification, project } from '@quickclaim/testing';
import fc from 'fast-check';
import { hammingDistance } from '../domain/perceptual-hash';
import { FraudIndexes } from './fraud-indexes';
import {
  evolveFraudCase,
  evolveFraudPhoto,
  fraudSignalsProjection,
  type FraudCaseDocument,
  type FraudPhotoDocument,
} from './fraud-signals.projection';

const reported = (caseId: string, plate: string, reportedAt = '2026-11-22T08:00:00.000Z') => ({
  type: 'AccidentReported',
  data: { caseId, reportedAt, reporter: { plate } },
});
const joined = (plate: string) => ({ type: 'PartyJoined', data: { party: 'B', driver: { plate } } });
const attached = (photoId: string, sha256: string, perceptualHash?: string) => ({
  type: 'PhotoAttached',
  data: { photoId, sha256, ...(perceptualHash ? { perceptualHash } : {}) },
});

describe('fraud signals projection', () => {
  const caseSpec = ProjectionSpecification<FraudCaseDocument | null, RecordedEvent>(evolveFraudCase, null);
  const photoSpec = ProjectionSpecification<FraudPhotoDocument | null, RecordedEvent>(evolveFraudPhoto, null);

  it('files a case under its normalised plates and their pair', () => {
    const log = new EventLog();
    caseSpec.given(log.record('case-1', [reported('1', '渝 A-12345'), joined('渝b·67890')])).then({
      _id: '1',
      lastPosition: 2,
      plates: ['渝A12345', '渝B67890'],
      pair: '渝A12345|渝B67890',
      reportedAt: '2026-11-22T08:00:00.000Z',
    });
    caseSpec.given(new EventLog().record('case-1', [reported('1', 'P1'), joined('P2')])).thenDuplicatesChangeNothing();
  });

  it('files a photo under its SHA-256 and the four words of its perceptual hash', () => {
    const events = new EventLog().record('case-1', [attached('p1', 'a'.repeat(64), '0123456789abcdef')]);
    photoSpec.given(events).then({
      _id: 'p1',
      lastPosition: 1,
      caseId: '1',
      sha256: 'a'.repeat(64),
      hash: '0123456789abcdef',
      w0: 0x0123,
      w1: 0x4567,
      w2: 0x89ab,
      w3: 0xcdef,
    });
    photoSpec.given(events).thenDuplicatesChangeNothing();
    photoSpec.given(new EventLog().record('case-1', [attached('p2', 'b'.repeat(64))])).then((document) => {
      expect(document).toMatchObject({ hash: null, w0: null });
    });
  });
});

describe('fraud indexes', () => {
  it('finds duplicates, repeated plates and pairs in other cases only', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    const log = new EventLog();
    await project(store, fraudSignalsProjection, [
      ...log.record('case-1', [reported('1', 'A1'), joined('B1'), attached('p1', 'f'.repeat(64))]),
      ...log.record('case-2', [reported('2', 'a1', '2026-11-23T08:00:00.000Z'), joined('b-1')]),
    ]);
    const indexes = new FraudIndexes(store, 6);
    expect(await indexes.duplicatesElsewhere('f'.repeat(64), '2')).toEqual([{ caseId: '1', photoId: 'p1' }]);
    expect(await indexes.duplicatesElsewhere('f'.repeat(64), '1')).toEqual([]);
    expect(await indexes.otherCasesWithPlate('A 1', '2')).toEqual([
      { caseId: '1', reportedAt: '2026-11-22T08:00:00.000Z' },
    ]);
    expect(await indexes.otherCasesWithPair('B1', 'A1', '3')).toHaveLength(2);
    expect(await indexes.otherCasesWithPair('B1', 'C1', '3')).toEqual([]);
  });

  it('finds exactly the photos of other cases within the distance, nearest first, without a scan', async () => {
    const hash = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((value) => value.toString(16).padStart(16, '0'));
    const near = (base: string, bits: number[]) => {
      let value = BigInt(`0x${base}`);
      for (const bit of bits) value ^= 1n << BigInt(bit);
      return value.toString(16).padStart(16, '0');
    };
    await fc.assert(
      fc.asyncProperty(
        hash,
        fc.array(fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 9 }), fc.boolean()), {
          maxLength: 30,
        }),
        async (probe, variants) => {
          const store = new InMemoryReadStore({ forbidCollectionScans: true });
          const log = new EventLog();
          const stored = variants.map(([bits, sameCase], index) => ({
            photoId: `p${index}`,
            caseId: sameCase ? 'mine' : `other-${index}`,
            hash: near(probe, bits),
          }));
          await project(
            store,
            fraudSignalsProjection,
            stored.flatMap((photo) =>
              log.record(`case-${photo.caseId}`, [attached(photo.photoId, photo.photoId.padEnd(64, '0'), photo.hash)]),
            ),
          );
          const found = await new FraudIndexes(store, 6).similarElsewhere(probe, 'mine');
          const expected = stored.filter((photo) => photo.caseId !== 'mine' && hammingDistance(photo.hash, probe) <= 6);
          expect(found.map((photo) => photo.photoId).sort()).toEqual(expected.map((photo) => photo.photoId).sort());
          expect(found.map((photo) => photo.distance)).toEqual(
            [...found.map((photo) => photo.distance)].sort((left, right) => left - right),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
