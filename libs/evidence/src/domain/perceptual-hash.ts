/**
 * 64-bit difference hash (dHash): for each of 8 rows of a 9×8 greyscale thumbnail, one bit per
 * adjacent pair, set when the left pixel is brighter. Resizing, re-encoding and small edits
 * change few bits; unrelated pictures differ in about half of them.
 */
export const HASH_BITS = 64;

/** `pixels`: 72 greyscale values, row by row, 9 wide and 8 high. Returns 16 hex digits. */
export function differenceHash(pixels: ArrayLike<number>): string {
  if (pixels.length !== 72) throw new RangeError(`differenceHash needs 9×8 = 72 pixels, got ${pixels.length}`);
  let hex = '';
  for (let row = 0; row < 8; row += 1) {
    let byte = 0;
    for (let column = 0; column < 8; column += 1) {
      const left = pixels[row * 9 + column]!;
      const right = pixels[row * 9 + column + 1]!;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** Four 16-bit words of a 16-hex-digit hash, most significant first. */
export function hashWords(hash: string): [number, number, number, number] {
  if (!/^[0-9a-f]{16}$/.test(hash)) throw new RangeError(`Not a 64-bit hex hash: ${hash}`);
  return [0, 4, 8, 12].map((start) => parseInt(hash.slice(start, start + 4), 16)) as [number, number, number, number];
}

export function popcount16(value: number): number {
  let bits = value - ((value >> 1) & 0x5555);
  bits = (bits & 0x3333) + ((bits >> 2) & 0x3333);
  bits = (bits + (bits >> 4)) & 0x0f0f;
  return (bits + (bits >> 8)) & 0x1f;
}

export function hammingDistance(left: string, right: string): number {
  const a = hashWords(left);
  const b = hashWords(right);
  return popcount16(a[0] ^ b[0]) + popcount16(a[1] ^ b[1]) + popcount16(a[2] ^ b[2]) + popcount16(a[3] ^ b[3]);
}
