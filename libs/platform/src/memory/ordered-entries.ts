/** Sorts before and after every value: the open ends of an index range. */
export const MIN_KEY = Symbol('MIN_KEY');
export const MAX_KEY = Symbol('MAX_KEY');

/** One index entry: the document's key values in index order, then its id (which makes it unique). */
export interface IndexEntry {
  key: unknown[];
  id: string | typeof MIN_KEY | typeof MAX_KEY;
}

const enum Rank {
  Null = 1,
  Number = 2,
  String = 3,
  Object = 4,
  Array = 5,
  Boolean = 6,
}

function rank(value: unknown): Rank {
  if (value === null || value === undefined) return Rank.Null;
  switch (typeof value) {
    case 'number':
      return Rank.Number;
    case 'string':
      return Rank.String;
    case 'boolean':
      return Rank.Boolean;
    default:
      return Array.isArray(value) ? Rank.Array : Rank.Object;
  }
}

/**
 * MongoDB's order of values by type, then by value (null and a missing field are equal, as in a
 * MongoDB index). Strings compare by UTF-16 code units; MongoDB's simple collation compares UTF-8
 * bytes, which differs only between surrogate pairs and U+E000–U+FFFF.
 */
export function compareValues(left: unknown, right: unknown): number {
  if (left === right) return 0;
  const type = typeof left;
  // The common case first: two strings or two numbers.
  if (type === typeof right && (type === 'string' || type === 'number')) {
    return (left as number) < (right as number) ? -1 : (left as number) > (right as number) ? 1 : 0;
  }
  if (left === MIN_KEY || right === MAX_KEY) return -1;
  if (left === MAX_KEY || right === MIN_KEY) return 1;
  const leftRank = rank(left);
  const rightRank = rank(right);
  if (leftRank !== rightRank) return leftRank - rightRank;
  switch (leftRank) {
    case Rank.Null:
      return 0;
    case Rank.Number:
    case Rank.String:
      return (left as number) < (right as number) ? -1 : (left as number) > (right as number) ? 1 : 0;
    case Rank.Boolean:
      return Number(left) - Number(right);
    default: {
      const leftText = JSON.stringify(left);
      const rightText = JSON.stringify(right);
      return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
    }
  }
}

function isSentinel(value: unknown): boolean {
  return value === MIN_KEY || value === MAX_KEY;
}

/** Orders entries by key (each key in its index direction), then by id; sentinels are positions, not values. */
export function entryComparator(directions: readonly (1 | -1)[]): (left: IndexEntry, right: IndexEntry) => number {
  const width = directions.length;
  return (left, right) => {
    for (let index = 0; index < width; index += 1) {
      const a = left.key[index];
      const b = right.key[index];
      if (a === b) continue;
      const order = compareValues(a, b);
      if (order !== 0) return isSentinel(a) || isSentinel(b) ? order : order * directions[index]!;
    }
    const a = left.id;
    const b = right.id;
    return a === b ? 0 : compareValues(a, b);
  };
}

const CHUNK = 128;

/**
 * A sorted set of index entries kept as a list of small sorted chunks: insertion and removal cost
 * a binary search and a splice of at most a chunk, instead of moving a whole 100 000-entry array.
 */
export class OrderedEntries {
  private chunks: IndexEntry[][] = [];
  private count = 0;

  constructor(private readonly compare: (left: IndexEntry, right: IndexEntry) => number) {}

  /** Replaces the contents with entries already in order: how a whole index is built at once. */
  load(sorted: readonly IndexEntry[]): void {
    this.chunks = [];
    for (let start = 0; start < sorted.length; start += CHUNK) this.chunks.push(sorted.slice(start, start + CHUNK));
    this.count = sorted.length;
  }

  get size(): number {
    return this.count;
  }

  insert(entry: IndexEntry): void {
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      this.count = 1;
      return;
    }
    const chunkIndex = Math.min(this.chunkFor(entry), this.chunks.length - 1);
    const chunk = this.chunks[chunkIndex]!;
    const at = this.lowerBoundIn(chunk, entry);
    if (at < chunk.length && this.compare(chunk[at]!, entry) === 0) return;
    chunk.splice(at, 0, entry);
    this.count += 1;
    if (chunk.length > CHUNK * 2) this.chunks.splice(chunkIndex + 1, 0, chunk.splice(CHUNK));
  }

  remove(entry: IndexEntry): boolean {
    const chunkIndex = this.chunkFor(entry);
    const chunk = this.chunks[chunkIndex];
    if (!chunk) return false;
    const at = this.lowerBoundIn(chunk, entry);
    if (at >= chunk.length || this.compare(chunk[at]!, entry) !== 0) return false;
    chunk.splice(at, 1);
    this.count -= 1;
    if (chunk.length === 0) this.chunks.splice(chunkIndex, 1);
    return true;
  }

  /** Entries e with from ≤ e ≤ to, in order (or in reverse). */
  *range(from: IndexEntry, to: IndexEntry, reverse = false): Generator<IndexEntry> {
    if (reverse) {
      let chunkIndex = this.chunkFor(to);
      let at: number;
      if (chunkIndex >= this.chunks.length) {
        chunkIndex = this.chunks.length - 1;
        at = (this.chunks[chunkIndex]?.length ?? 0) - 1;
      } else {
        at = this.upperBoundIn(this.chunks[chunkIndex]!, to) - 1;
      }
      for (; chunkIndex >= 0; chunkIndex -= 1) {
        const chunk = this.chunks[chunkIndex]!;
        if (at === Number.POSITIVE_INFINITY) at = chunk.length - 1;
        for (; at >= 0; at -= 1) {
          const entry = chunk[at]!;
          if (this.compare(entry, from) < 0) return;
          yield entry;
        }
        at = Number.POSITIVE_INFINITY;
      }
      return;
    }
    let chunkIndex = this.chunkFor(from);
    if (chunkIndex >= this.chunks.length) return;
    let at = this.lowerBoundIn(this.chunks[chunkIndex]!, from);
    for (; chunkIndex < this.chunks.length; chunkIndex += 1) {
      const chunk = this.chunks[chunkIndex]!;
      for (; at < chunk.length; at += 1) {
        const entry = chunk[at]!;
        if (this.compare(entry, to) > 0) return;
        yield entry;
      }
      at = 0;
    }
  }

  /** The first chunk whose last entry is ≥ entry; chunks.length when every entry is smaller. */
  private chunkFor(entry: IndexEntry): number {
    let low = 0;
    let high = this.chunks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const chunk = this.chunks[middle]!;
      if (this.compare(chunk[chunk.length - 1]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private lowerBoundIn(chunk: readonly IndexEntry[], entry: IndexEntry): number {
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(chunk[middle]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private upperBoundIn(chunk: readonly IndexEntry[], entry: IndexEntry): number {
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(chunk[middle]!, entry) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
