import fc from 'fast-check';
import { MAX_KEY, MIN_KEY, OrderedEntries, compareValues, entryComparator, type IndexEntry } from './ordered-entries';

describe('ordered index entries', () => {
  it('orders values by type as MongoDB does, null and missing alike', () => {
    const values = [true, 'b', { a: 1 }, 2, null, 'a', -1];
    expect([...values].sort(compareValues)).toEqual([null, -1, 2, 'a', 'b', { a: 1 }, true]);
    expect(compareValues(null, undefined)).toBe(0);
    expect(compareValues(MIN_KEY, null)).toBeLessThan(0);
    expect(compareValues(MAX_KEY, true)).toBeGreaterThan(0);
  });

  it('keeps any sequence of inserts and removals sorted, and scans ranges both ways', () => {
    const compare = entryComparator([1, -1]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            first: fc.integer({ min: 0, max: 20 }),
            second: fc.integer({ min: 0, max: 50 }),
            add: fc.boolean(),
          }),
          { maxLength: 2000 },
        ),
        fc.integer({ min: 0, max: 20 }),
        (operations, wanted) => {
          const entries = new OrderedEntries(compare);
          const model = new Map<string, { key: unknown[]; id: string }>();
          for (const { first, second, add } of operations) {
            const id = `${first}:${second}`;
            const entry = { key: [first, second], id };
            if (add) {
              entries.insert(entry);
              model.set(id, entry);
            } else {
              entries.remove(entry);
              model.delete(id);
            }
          }
          const sorted = [...model.values()].sort(compare);
          const all = [
            ...entries.range({ key: [MIN_KEY, MIN_KEY], id: MIN_KEY }, { key: [MAX_KEY, MAX_KEY], id: MAX_KEY }),
          ];
          expect(all.map((entry) => entry.id)).toEqual(sorted.map((entry) => entry.id));
          expect(entries.size).toBe(model.size);
          const from: IndexEntry = { key: [wanted, MIN_KEY], id: MIN_KEY };
          const to: IndexEntry = { key: [wanted, MAX_KEY], id: MAX_KEY };
          const expected = sorted.filter((entry) => entry.key[0] === wanted).map((entry) => entry.id);
          expect([...entries.range(from, to)].map((entry) => entry.id)).toEqual(expected);
          expect([...entries.range(from, to, true)].map((entry) => entry.id)).toEqual([...expected].reverse());
        },
      ),
      { numRuns: 200 },
    );
  });
});
