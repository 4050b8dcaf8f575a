import { Query } from 'mingo';
import { MAX_KEY, MIN_KEY, OrderedEntries, compareValues, entryComparator, type IndexEntry } from './ordered-entries';
import type { Filter, FindOptions, IndexDescription, ReadDocument, SortOrder } from '../ports/read-store.port';

/** The value at a dotted path; through an array, the values of its elements (as MongoDB reads it). */
export function valueAt(document: unknown, path: string): unknown {
  // Most indexed paths are top-level fields of a document.
  if (!path.includes('.') && document !== null && typeof document === 'object' && !Array.isArray(document)) {
    return (document as Record<string, unknown>)[path];
  }
  let value: unknown = document;
  const parts = path.split('.');
  for (let index = 0; index < parts.length; index += 1) {
    if (value === null || value === undefined) return undefined;
    if (Array.isArray(value)) {
      const rest = parts.slice(index).join('.');
      return value.flatMap((element) => {
        const inner = valueAt(element, rest);
        return inner === undefined ? [] : Array.isArray(inner) ? inner : [inner];
      });
    }
    value = (value as Record<string, unknown>)[parts[index]!];
  }
  return value;
}

/** An index held in memory: the document's key values at the declared paths, in an ordered set. */
class MemoryIndex {
  readonly fields: string[];
  readonly directions: (1 | -1)[];
  readonly entries: OrderedEntries;
  private readonly compare: (left: IndexEntry, right: IndexEntry) => number;
  /** Some document had an array at an indexed path: one entry per element, results deduplicated. */
  multikey = false;

  constructor(
    keys: Readonly<Record<string, 1 | -1>>,
    readonly sparse = false,
  ) {
    this.fields = Object.keys(keys);
    this.directions = this.fields.map((field) => keys[field]!);
    this.compare = entryComparator(this.directions);
    this.entries = new OrderedEntries(this.compare);
  }

  /** Files every document at once: one sort instead of an insertion per document. */
  load(documents: ReadonlyMap<string, ReadDocument>): void {
    const entries: IndexEntry[] = [];
    for (const [id, document] of documents) for (const key of this.keysOf(document)) entries.push({ key, id });
    this.entries.load(entries.sort(this.compare));
  }

  clear(): void {
    this.entries.load([]);
    this.multikey = false;
  }

  /** The key tuples of a document: one, or one per element of an indexed array. */
  keysOf(document: ReadDocument): unknown[][] {
    if (this.sparse && valueAt(document, this.fields[0]!) === undefined) return [];
    let tuples: unknown[][] = [[]];
    for (const field of this.fields) {
      const value = valueAt(document, field);
      if (Array.isArray(value)) {
        this.multikey = true;
        const elements = value.length === 0 ? [undefined] : [...new Set(value)];
        tuples = tuples.flatMap((tuple) => elements.map((element) => [...tuple, element]));
      } else {
        for (const tuple of tuples) tuple.push(value);
      }
    }
    return tuples;
  }

  add(id: string, keys: unknown[][]): void {
    for (const key of keys) this.entries.insert({ key, id });
  }

  remove(id: string, keys: unknown[][]): void {
    for (const key of keys) this.entries.remove({ key, id });
  }
}

/**
 * A hashed index in memory: the ids of the documents under each value of one field. A value of
 * one document (the usual case for a field such as a SHA-256) holds that id itself; a Set only
 * once a second document shares the value, so a unique field costs no Set per document.
 */
class HashIndex {
  private readonly buckets = new Map<unknown, string | Set<string>>();

  constructor(readonly field: string) {}

  keysOf(document: ReadDocument): unknown[][] {
    return [[this.valueOf(document)]];
  }

  /** The ids filed under a value. */
  idsUnder(value: unknown): Iterable<string> {
    const bucket = this.buckets.get(value);
    return bucket === undefined ? [] : typeof bucket === 'string' ? [bucket] : bucket;
  }

  add(id: string, keys: unknown[][]): void {
    this.file(id, keys[0]![0]);
  }

  remove(id: string, keys: unknown[][]): void {
    const value = keys[0]![0];
    const bucket = this.buckets.get(value);
    if (bucket === undefined) return;
    if (typeof bucket === 'string') {
      if (bucket === id) this.buckets.delete(value);
      return;
    }
    bucket.delete(id);
    if (bucket.size === 0) this.buckets.delete(value);
  }

  load(documents: ReadonlyMap<string, ReadDocument>): void {
    for (const [id, document] of documents) this.file(id, this.valueOf(document));
  }

  clear(): void {
    this.buckets.clear();
  }

  private valueOf(document: ReadDocument): unknown {
    const value = valueAt(document, this.field);
    if (Array.isArray(value)) throw new Error(`A hashed index cannot index the array at ${this.field}`);
    // A missing field is filed as null, as MongoDB does.
    return value ?? null;
  }

  private file(id: string, value: unknown): void {
    const bucket = this.buckets.get(value);
    if (bucket === undefined) this.buckets.set(value, id);
    else if (typeof bucket === 'string') {
      if (bucket !== id) this.buckets.set(value, new Set([bucket, id]));
    } else bucket.add(id);
  }
}

function indexFor(description: IndexDescription): MemoryIndex | HashIndex {
  const fields = Object.entries(description.keys);
  const hashed = fields.filter(([, kind]) => kind === 'hashed');
  if (hashed.length === 0) return new MemoryIndex(description.keys as Record<string, 1 | -1>, description.sparse);
  if (fields.length > 1) throw new Error('A hashed index has exactly one field here');
  return new HashIndex(hashed[0]![0]);
}

function sameKeys(left: unknown[][], right: unknown[][]): boolean {
  if (left.length !== right.length) return false;
  for (let tuple = 0; tuple < left.length; tuple += 1) {
    const a = left[tuple]!;
    const b = right[tuple]!;
    for (let index = 0; index < a.length; index += 1) if (compareValues(a[index], b[index]) !== 0) return false;
  }
  return true;
}

/** Writes in one call from which indexes not read since built are rebuilt later instead of kept up. */
const BULK_WRITE = 64;

type Scalar = string | number | boolean | null;

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

interface Bound {
  value: Scalar;
  inclusive: boolean;
}

/** A field condition an index can answer: equal to one of some values, or within a range. */
type IndexableCondition = { kind: 'equal'; values: Scalar[] } | { kind: 'range'; low?: Bound; high?: Bound };

const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

function indexable(condition: unknown): IndexableCondition | null {
  if (isScalar(condition)) return { kind: 'equal', values: [condition] };
  if (typeof condition !== 'object' || Array.isArray(condition)) return null;
  const operators = Object.entries(condition as Record<string, unknown>);
  if (operators.length === 0) return null;
  if (operators.length === 1) {
    const [operator, operand] = operators[0]!;
    if (operator === '$eq' && isScalar(operand)) return { kind: 'equal', values: [operand] };
    if (operator === '$in' && Array.isArray(operand) && operand.every(isScalar)) {
      return { kind: 'equal', values: [...new Set(operand)] };
    }
  }
  if (!operators.every(([operator, operand]) => RANGE_OPERATORS.has(operator) && isScalar(operand))) return null;
  const range: { low?: Bound; high?: Bound } = {};
  for (const [operator, operand] of operators) {
    const bound = { value: operand as Scalar, inclusive: operator.endsWith('e') };
    if (operator.startsWith('$g')) range.low = bound;
    else range.high = bound;
  }
  return { kind: 'range', ...range };
}

function inRange(value: unknown, condition: { low?: Bound; high?: Bound }): boolean {
  for (const [bound, side] of [
    [condition.low, 1],
    [condition.high, -1],
  ] as const) {
    if (!bound) continue;
    // MongoDB compares a range only with values of the same type.
    if (value === null || value === undefined || typeof value !== typeof bound.value) return false;
    const order = compareValues(value, bound.value) * side;
    if (order < 0 || (order === 0 && !bound.inclusive)) return false;
  }
  return true;
}

interface HashPlan {
  kind: 'hash';
  index: HashIndex;
  values: Scalar[];
  exact: boolean;
  score: number;
}

interface IndexPlan {
  kind: 'ordered';
  index: MemoryIndex;
  equalities: Scalar[][];
  range: { field: number; low?: Bound; high?: Bound } | null;
  /** The index order answers the requested sort (forwards or backwards). */
  sorted: boolean;
  reverse: boolean;
  /** Every condition of the filter is answered by the index: no further check is needed. */
  exact: boolean;
  score: number;
}

/** A collection of one copy of a read model, in memory, with the indexes its schema declares. */
export class MemoryCollection {
  readonly documents = new Map<string, ReadDocument>();
  private readonly indexes: (MemoryIndex | HashIndex)[];
  /** Each stored document's key tuples, per index: what to remove when it changes. */
  private readonly filed = new Map<string, unknown[][][]>();
  /** The indexes hold every document (else they are built at the next query that needs them). */
  private indexed = true;
  private queriedSinceIndexed = false;

  constructor(
    indexes: readonly IndexDescription[],
    private readonly freeze: boolean,
  ) {
    this.indexes = indexes.map(indexFor);
  }

  /**
   * A bulk write (a replay, a rebuild) to indexes nobody has read since they were built stops
   * keeping them up: the next query that needs them builds them from the documents with one sort,
   * and a document rewritten a hundred times is filed once instead of a hundred times.
   */
  beginWrites(count: number): void {
    if (!this.indexed || this.queriedSinceIndexed || count < BULK_WRITE) return;
    this.indexed = false;
    this.filed.clear();
    for (const index of this.indexes) index.clear();
  }

  /** Brings every index up to date with the documents. */
  ensureIndexes(): void {
    if (this.indexed) return;
    for (const index of this.indexes) index.load(this.documents);
    this.indexed = true;
    this.queriedSinceIndexed = false;
  }

  /** What each index holds for a stored document: remembered once it changes, recomputed before. */
  private filedKeys(id: string): unknown[][][] | undefined {
    const filed = this.filed.get(id);
    if (filed) return filed;
    const existing = this.documents.get(id);
    return existing ? this.indexes.map((index) => index.keysOf(existing)) : undefined;
  }

  upsert(document: ReadDocument): boolean {
    const existing = this.documents.get(document._id);
    if (existing && existing.lastPosition >= document.lastPosition) return false;
    const stored = this.freeze ? deepFreeze(structuredClone(document)) : document;
    if (!this.indexed) {
      this.documents.set(stored._id, stored);
      return true;
    }
    const before = this.filedKeys(stored._id);
    const after = this.indexes.map((index, number) => {
      const keys = index.keysOf(stored);
      const previous = before?.[number];
      if (previous && sameKeys(previous, keys)) return previous;
      if (previous) index.remove(stored._id, previous);
      index.add(stored._id, keys);
      return keys;
    });
    this.documents.set(stored._id, stored);
    this.filed.set(stored._id, after);
    return true;
  }

  delete(id: string, position: number): boolean {
    const existing = this.documents.get(id);
    if (!existing || existing.lastPosition > position) return false;
    if (!this.indexed) return this.documents.delete(id);
    const filed = this.filedKeys(id) ?? [];
    this.indexes.forEach((index, number) => index.remove(id, filed[number] ?? []));
    this.documents.delete(id);
    this.filed.delete(id);
    return true;
  }

  /**
   * Answers from an index when one fits (equality prefix, then a range or the sort), from the
   * `_id` map when the filter names ids, and by scanning only when nothing fits: `onScan` decides
   * whether a scan is allowed.
   */
  find(filter: Filter, options: FindOptions, onScan: () => void): ReadDocument[] {
    const limit = options.limit && options.limit > 0 ? options.limit : Number.POSITIVE_INFINITY;
    const byId = this.byIds(filter);
    if (byId) return this.finish(byId.documents, byId.exact ? null : filter, options.sort, limit);
    this.ensureIndexes();
    this.queriedSinceIndexed = true;
    const fields = Object.keys(filter);
    if (fields.length === 1 && fields[0] === '$or') {
      const union = this.union(filter.$or as Filter[]);
      if (union) return this.finish(union.documents, union.exact ? null : filter, options.sort, limit);
    }
    const plan = this.bestPlan(filter, options.sort);
    if (plan) return this.run(plan, filter, options.sort, limit);
    if (fields.length > 0 || options.sort) onScan();
    return this.finish([...this.documents.values()], fields.length > 0 ? filter : null, options.sort, limit);
  }

  private byIds(filter: Filter): { documents: ReadDocument[]; exact: boolean } | null {
    if (!('_id' in filter)) return null;
    const condition = indexable(filter._id);
    if (!condition || condition.kind !== 'equal') return null;
    const documents: ReadDocument[] = [];
    for (const id of condition.values) {
      const document = typeof id === 'string' ? this.documents.get(id) : undefined;
      if (document) documents.push(document);
    }
    return { documents, exact: Object.keys(filter).length === 1 };
  }

  private union(branches: readonly Filter[]): { documents: ReadDocument[]; exact: boolean } | null {
    if (!Array.isArray(branches) || branches.length === 0) return null;
    const plans = branches.map((branch) => ({ branch, plan: this.bestPlan(branch, undefined) }));
    if (plans.some(({ plan }) => !plan || (plan.kind === 'ordered' && plan.equalities.length === 0 && !plan.range))) {
      return null;
    }
    const found = new Map<string, ReadDocument>();
    let exact = true;
    for (const { branch, plan } of plans) {
      exact &&= plan!.exact;
      for (const document of this.run(plan!, branch, undefined, Number.POSITIVE_INFINITY)) {
        found.set(document._id, document);
      }
    }
    return { documents: [...found.values()], exact };
  }

  private bestPlan(filter: Filter, sort: SortOrder | undefined): IndexPlan | HashPlan | null {
    const conditions = new Map<string, IndexableCondition | null>();
    for (const [field, condition] of Object.entries(filter)) {
      conditions.set(field, field.startsWith('$') ? null : indexable(condition));
    }
    let best: IndexPlan | HashPlan | null = null;
    for (const index of this.indexes) {
      const plan = index instanceof HashIndex ? hashPlan(index, conditions) : this.planWith(index, conditions, sort);
      if (plan && (!best || plan.score > best.score)) best = plan;
    }
    return best;
  }

  private planWith(
    index: MemoryIndex,
    conditions: Map<string, IndexableCondition | null>,
    sort: SortOrder | undefined,
  ): IndexPlan | null {
    if (index.sparse && !excludesMissing(conditions.get(index.fields[0]!))) return null;
    const equalities: Scalar[][] = [];
    let position = 0;
    for (; position < index.fields.length; position += 1) {
      const condition = conditions.get(index.fields[position]!);
      if (!condition || condition.kind !== 'equal') break;
      equalities.push(condition.values);
    }
    const next = position < index.fields.length ? conditions.get(index.fields[position]!) : undefined;
    const range = next && next.kind === 'range' ? { field: position, low: next.low, high: next.high } : null;
    const used = new Set(index.fields.slice(0, position + (range ? 1 : 0)));
    const exact = [...conditions.entries()].every(([field, condition]) => condition !== null && used.has(field));
    const singleCombination = equalities.every((values) => values.length === 1);
    const requested = Object.entries(sort ?? {}).filter(
      ([field]) => !(singleCombination && index.fields.indexOf(field) > -1 && index.fields.indexOf(field) < position),
    );
    let sorted = requested.length === 0;
    let reverse = false;
    if (requested.length > 0 && singleCombination && requested.length <= index.fields.length - position) {
      const same = requested.every(([field, direction], offset) => {
        const at = position + offset;
        return index.fields[at] === field && index.directions[at] === direction;
      });
      const opposite = requested.every(([field, direction], offset) => {
        const at = position + offset;
        return index.fields[at] === field && index.directions[at] === -direction;
      });
      sorted = same || opposite;
      reverse = !same && opposite;
    }
    if (equalities.length === 0 && !range && !(sorted && requested.length > 0)) return null;
    return {
      kind: 'ordered',
      index,
      equalities,
      range,
      sorted,
      reverse,
      exact: exact && !(index.multikey && range !== null),
      score: equalities.length * 4 + (range ? 2 : 0) + (sorted ? 1 : 0),
    };
  }

  private run(plan: IndexPlan | HashPlan, filter: Filter, sort: SortOrder | undefined, limit: number): ReadDocument[] {
    if (plan.kind === 'hash') {
      const found: ReadDocument[] = [];
      for (const value of plan.values) {
        for (const id of plan.index.idsUnder(value)) found.push(this.documents.get(id)!);
      }
      return this.finish(found, plan.exact ? null : filter, sort, limit);
    }
    const residual = plan.exact ? null : new Query(filter as Record<string, unknown>);
    const width = plan.index.fields.length;
    const results: ReadDocument[] = [];
    const seen = plan.index.multikey ? new Set<string>() : null;
    const stopAtLimit = plan.sorted && plan.equalities.every((values) => values.length === 1);
    for (const prefix of combinations(plan.equalities)) {
      const { from, to } = bounds(prefix, plan, width);
      for (const entry of plan.index.entries.range(from, to, plan.reverse)) {
        if (plan.range && !inRange(entry.key[plan.range.field], plan.range)) continue;
        const id = entry.id as string;
        if (seen) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        const document = this.documents.get(id)!;
        if (residual && !residual.test(document as unknown as Record<string, unknown>)) continue;
        results.push(document);
        if (stopAtLimit && results.length >= limit) return results;
      }
    }
    return plan.sorted && stopAtLimit ? results : this.finish(results, null, sort, limit);
  }

  private finish(
    documents: ReadDocument[],
    filter: Filter | null,
    sort: SortOrder | undefined,
    limit: number,
  ): ReadDocument[] {
    let matching = documents;
    if (filter) {
      const query = new Query(filter as Record<string, unknown>);
      matching = documents.filter((document) => query.test(document as unknown as Record<string, unknown>));
    }
    if (sort && Object.keys(sort).length > 0) {
      const order = Object.entries(sort);
      matching = [...matching].sort((left, right) => {
        for (const [field, direction] of order) {
          const compared = compareValues(valueAt(left, field), valueAt(right, field));
          if (compared !== 0) return compared * direction;
        }
        return compareValues(left._id, right._id);
      });
    }
    return limit < matching.length ? matching.slice(0, limit) : matching;
  }
}

/** A condition no document without the field meets: what a sparse index can answer. */
function excludesMissing(condition: IndexableCondition | null | undefined): boolean {
  if (!condition) return false;
  return condition.kind === 'range' || condition.values.every((value) => value !== null);
}

function hashPlan(index: HashIndex, conditions: Map<string, IndexableCondition | null>): HashPlan | null {
  const condition = conditions.get(index.field);
  if (!condition || condition.kind !== 'equal') return null;
  const exact = [...conditions.entries()].every(([field, other]) => field === index.field && other !== null);
  // Distinct values of one field: a single value can sit in one bucket only.
  return { kind: 'hash', index, values: [...new Set(condition.values)], exact, score: 4 };
}

function* combinations(equalities: readonly Scalar[][]): Generator<Scalar[]> {
  if (equalities.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = equalities;
  for (const value of first!) for (const tail of combinations(rest)) yield [value, ...tail];
}

/** The smallest and largest entries (in index order) that can match the prefix and the range. */
function bounds(prefix: Scalar[], plan: IndexPlan, width: number): { from: IndexEntry; to: IndexEntry } {
  const from: unknown[] = [...prefix];
  const to: unknown[] = [...prefix];
  if (plan.range) {
    const direction = plan.index.directions[plan.range.field]!;
    const low = plan.range.low?.value;
    const high = plan.range.high?.value;
    const [first, last] = direction === 1 ? [low, high] : [high, low];
    from.push(first === undefined ? MIN_KEY : first);
    to.push(last === undefined ? MAX_KEY : last);
  }
  while (from.length < width) from.push(MIN_KEY);
  while (to.length < width) to.push(MAX_KEY);
  return { from: { key: from, id: MIN_KEY }, to: { key: to, id: MAX_KEY } };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as Record<string, unknown>)) deepFreeze(inner);
  }
  return value;
}
