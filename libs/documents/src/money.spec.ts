import fc from 'fast-check';
import { formatYuan } from './money';

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [123_456, '¥1,234.56'],
    [100_000_000, '¥1,000,000.00'],
    [-10_050, '-¥100.50'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91'],
  ])('shows %i fen as %s', (fen, shown) => {
    expect(formatYuan(fen)).toBe(shown);
  });

  it('refuses anything but a whole number of fen', () => {
    expect(() => formatYuan(12.5)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
  });

  it('loses no fen: the digits shown read back as the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (fen) => {
        const shown = formatYuan(fen);
        expect(shown).toMatch(/^-?¥\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(Number(shown.replace(/[¥,.]/g, ''))).toBe(fen);
      }),
    );
  });
});
