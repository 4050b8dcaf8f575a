import { hashWords, popcount16 } from './perceptual-hash';

export interface IndexedPhoto {
  photoId: string;
  caseId: string;
  hash: string;
}

export interface SimilarPhoto extends IndexedPhoto {
  distance: number;
}

/**
 * Finds stored perceptual hashes within a Hamming distance without scanning them all
 * (multi-index hashing): each hash is filed under its four 16-bit words. Two hashes within
 * distance d differ by at most ⌊d/4⌋ bits in at least one word, so probing each word's bucket and
 * the buckets of every word at most ⌊d/4⌋ bits away finds every match.
 */
export class SimilarPhotoIndex {
  private readonly buckets: Map<number, IndexedPhoto[]>[] = [new Map(), new Map(), new Map(), new Map()];
  private readonly photos = new Map<string, { entry: IndexedPhoto; words: [number, number, number, number] }>();

  constructor(readonly maxDistance: number) {
    if (maxDistance > 7) throw new RangeError('The index probes at most one bit per word: keep maxDistance ≤ 7');
  }

  get size(): number {
    return this.photos.size;
  }

  add(entry: IndexedPhoto): void {
    if (this.photos.has(entry.photoId)) return;
    const words = hashWords(entry.hash);
    this.photos.set(entry.photoId, { entry, words });
    words.forEach((word, position) => {
      const bucket = this.buckets[position]!.get(word);
      if (bucket) bucket.push(entry);
      else this.buckets[position]!.set(word, [entry]);
    });
  }

  /** Photos of other cases within maxDistance of the hash, nearest first. */
  similarTo(hash: string, excludeCaseId?: string): SimilarPhoto[] {
    const words = hashWords(hash);
    const radius = Math.floor(this.maxDistance / 4);
    const found = new Map<string, SimilarPhoto>();
    words.forEach((word, position) => {
      for (const probe of neighbours(word, radius)) {
        for (const candidate of this.buckets[position]!.get(probe) ?? []) {
          if (candidate.caseId === excludeCaseId || found.has(candidate.photoId)) continue;
          const stored = this.photos.get(candidate.photoId)!.words;
          const distance =
            popcount16(stored[0] ^ words[0]) +
            popcount16(stored[1] ^ words[1]) +
            popcount16(stored[2] ^ words[2]) +
            popcount16(stored[3] ^ words[3]);
          if (distance <= this.maxDistance) found.set(candidate.photoId, { ...candidate, distance });
        }
      }
    });
    return [...found.values()].sort((left, right) => left.distance - right.distance);
  }
}

function neighbours(word: number, radius: number): number[] {
  const result = [word];
  if (radius >= 1) for (let bit = 0; bit < 16; bit += 1) result.push(word ^ (1 << bit));
  return result;
}
