import { qrPath } from './qr';

describe('the QR code of a join link', () => {
  const link = 'http://localhost:3000/#/join/00000000-0000-4000-8000-000000000001/100001';

  it('is a square of modules with the three finder patterns in the corners', () => {
    const { size, d } = qrPath(link);
    expect((size - 17) % 4).toBe(0);
    const dark = new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((match) => `${match[1]},${match[2]}`));
    for (const [column, row] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
      [6, 6],
      [size - 7, 6],
    ]) {
      expect(dark.has(`${column},${row}`)).toBe(true);
    }
    expect(dark.has('7,7')).toBe(false);
  });

  it('grows with the text it holds', () => {
    expect(qrPath(`${link}/${'x'.repeat(200)}`).size).toBeGreaterThan(qrPath(link).size);
  });
});
