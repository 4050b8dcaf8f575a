import type { Allocation, LiabilityLevel } from './case.types';
import { LIABILITY_LEVELS } from './case.types';
import { isSelfNegotiable, isValidAllocation, suggestLiability } from './liability-rules';

const allPairs: Allocation[] = LIABILITY_LEVELS.flatMap((A) => LIABILITY_LEVELS.map((B) => ({ A, B })));
const key = ({ A, B }: Allocation) => `${A}/${B}`;

describe('liability rules', () => {
  it('accepts exactly FULL↔NONE, MAJOR↔MINOR and EQUAL↔EQUAL among all 25 pairs', () => {
    expect(allPairs.filter(isValidAllocation).map(key).sort()).toEqual(
      ['EQUAL/EQUAL', 'FULL/NONE', 'MAJOR/MINOR', 'MINOR/MAJOR', 'NONE/FULL'].sort(),
    );
  });

  it('lets the parties agree online only on FULL/NONE', () => {
    expect(allPairs.filter(isSelfNegotiable).map(key).sort()).toEqual(['FULL/NONE', 'NONE/FULL']);
  });

  it.each<[string, string[], string[], [LiabilityLevel, LiabilityLevel] | null, string | null]>([
    ['nobody declared a situation', [], [], null, null],
    ['only A matches', ['S02'], [], ['FULL', 'NONE'], 'ONLY_A_MATCHES'],
    ['only B matches', [], ['S01', 'S17'], ['NONE', 'FULL'], 'ONLY_B_MATCHES'],
    ['both match', ['S02'], ['S12'], ['EQUAL', 'EQUAL'], 'BOTH_MATCH'],
  ])('suggests when %s', (_case, a, b, levels, rule) => {
    const suggestion = suggestLiability({ A: a as never, B: b as never });
    expect(suggestion).toEqual(levels ? { allocation: { A: levels[0], B: levels[1] }, rule } : null);
  });
});
