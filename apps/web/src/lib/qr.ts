import { create } from 'qrcode';

/**
 * The dark modules of a QR code as one SVG path (a 1×1 square each), drawn by React without
 * innerHTML or data: URLs, so the page's content security policy stays strict.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) parts.push(`M${column} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, d: parts.join('') };
}
