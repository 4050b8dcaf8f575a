import { execFile } from 'node:child_process';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

export interface ReadPdf {
  /** The text pdf.js extracts, pages joined, as a reader's copy-paste would give it. */
  text: string;
  pages: number;
  /** Page 1 drawn by pdf.js at twice its size, when asked for. */
  firstPagePng?: Buffer;
}

/** Parses a PDF back with pdf.js (pdf-parse), in a child process of plain Node. */
export function readPdf(pdf: Buffer, options: { firstPagePng?: boolean } = {}): Promise<ReadPdf> {
  const args = [join(__dirname, 'pdf-reading.child.mjs'), ...(options.firstPagePng ? ['--png'] : [])];
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`reading the PDF failed: ${stderr || error.message}`));
      const parsed = JSON.parse(stdout) as { text: string; pages: number; firstPagePng?: string };
      resolve({
        text: parsed.text,
        pages: parsed.pages,
        ...(parsed.firstPagePng ? { firstPagePng: Buffer.from(parsed.firstPagePng, 'base64') } : {}),
      });
    });
    child.stdin?.end(pdf);
  });
}

/** What a phone's camera would read from the QR code in an image, or null when it finds none. */
export async function scanQrCode(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

/** The phrases a document's text lacks: `expect(missingPhrases(text, […])).toEqual([])` names each one. */
export function missingPhrases(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => !text.includes(phrase));
}
