import { hammingDistance } from './perceptual-hash';
import { SimilarPhotoIndex } from './similar-photo-index';

/** A small deterministic generator so the comparison with a full scan is repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const hex = (next: () => number) => Array.from({ length: 16 }, () => Math.floor(next() * 16).toString(16)).join('');

function flipBits(hash: string, bits: number[]): string {
  let value = BigInt(`0x${hash}`);
  for (const bit of bits) value ^= 1n << BigInt(bit);
  return value.toString(16).padStart(16, '0');
}

describe('similar photo index', () => {
  it('finds exactly what a full scan finds, for distances 0 to 6, excluding the asking case', () => {
    const next = random(42);
    const index = new SimilarPhotoIndex(6);
    const stored = Array.from({ length: 3000 }, (_, number) => ({
      photoId: `p${number}`,
      caseId: `c${number % 500}`,
      hash: hex(next),
    }));
    stored.forEach((entry) => index.add(entry));
    for (let query = 0; query < 200; query += 1) {
      const base = stored[Math.floor(next() * stored.length)]!;
      const distance = query % 7;
      const bits = Array.from({ length: distance }, (_, i) => (i * 9 + query) % 64);
      const probe = flipBits(base.hash, [...new Set(bits)]);
      const expected = stored
        .filter((entry) => entry.caseId !== 'asking' && hammingDistance(entry.hash, probe) <= 6)
        .map((entry) => entry.photoId)
        .sort();
      expect(
        index
          .similarTo(probe, 'asking')
          .map((entry) => entry.photoId)
          .sort(),
      ).toEqual(expected);
    }
  });

  it('leaves out photos of the asking case and reports the distance', () => {
    const index = new SimilarPhotoIndex(6);
    index.add({ photoId: 'mine', caseId: 'case-1', hash: '00000000000000ff' });
    index.add({ photoId: 'theirs', caseId: 'case-2', hash: '00000000000000f0' });
    expect(index.similarTo('00000000000000ff', 'case-1')).toEqual([
      { photoId: 'theirs', caseId: 'case-2', hash: '00000000000000f0', distance: 4 },
    ]);
    expect(index.size).toBe(2);
  });

  it('does not find a hash 7 bits away', () => {
    const index = new SimilarPhotoIndex(6);
    index.add({ photoId: 'p', caseId: 'c', hash: '0000000000000000' });
    expect(index.similarTo('000000000000007f')).toEqual([]);
  });
});
