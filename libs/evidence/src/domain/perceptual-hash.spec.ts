import { differenceHash, hammingDistance, hashWords, popcount16 } from './perceptual-hash';

describe('difference hash', () => {
  it('sets a bit where the left pixel is brighter than its right neighbour', () => {
    const falling = Array.from({ length: 72 }, (_, index) => 255 - (index % 9) * 10);
    const rising = Array.from({ length: 72 }, (_, index) => (index % 9) * 10);
    expect(differenceHash(falling)).toBe('ffffffffffffffff');
    expect(differenceHash(rising)).toBe('0000000000000000');
  });

  it('refuses anything but 9×8 pixels', () => {
    expect(() => differenceHash(new Array(64).fill(0))).toThrow(RangeError);
  });

  it('counts differing bits', () => {
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('00000000000000f1', '0000000000000000')).toBe(5);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(popcount16(0xffff)).toBe(16);
    expect(hashWords('0123456789abcdef')).toEqual([0x0123, 0x4567, 0x89ab, 0xcdef]);
  });
});
