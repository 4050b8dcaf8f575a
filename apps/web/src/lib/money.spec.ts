import { formatFen, parseYuan, totalOf } from './money';

describe('money on screen', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [10_000, '¥100.00'],
    [123_456, '¥1,234.56'],
    [200_000_000, '¥2,000,000.00'],
    [-2_50, '-¥2.50'],
  ])('formats %p fen as %p', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });

  it.each([
    ['1234', 123_400],
    ['1,234.5', 123_450],
    ['¥ 1234.56', 123_456],
    ['0.10', 10],
    ['0.1', 10],
    ['3000.', 300_000],
  ])('reads %p yuan as %p fen', (input, fen) => {
    expect(parseYuan(input)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '-5', '1e3', '12.3.4'])('refuses %p', (input) => {
    expect(parseYuan(input)).toBeNull();
  });

  it('adds 0.1 and 0.2 yuan to exactly 30 fen', () => {
    expect(totalOf(['0.1', '0.2'])).toEqual({ totalFen: 30, invalid: [] });
  });

  it('keeps a running total of the lines that parse and points at the others', () => {
    expect(totalOf(['1500', 'oops', '', '250.75', '0'])).toEqual({ totalFen: 175_075, invalid: [1, 2, 4] });
  });

  it('round-trips any whole amount of fen through its yuan text', () => {
    for (const fen of [1, 99, 100, 101, 123_456_789, 9_007_199_254_740]) {
      expect(parseYuan(formatFen(fen))).toBe(fen);
    }
  });
});
