/* global process, Buffer */
// Runs outside jest: pdf.js is an ES module that loads its worker with a dynamic import, which
// jest's CommonJS sandbox cannot do. Reads a PDF on stdin; writes its text (and page 1 as PNG).
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const text = await parser.getText();
  const result = { text: text.text, pages: text.total };
  if (process.argv.includes('--png')) {
    const shot = await parser.getScreenshot({ scale: 2, first: 1, imageDataUrl: false });
    result.firstPagePng = Buffer.from(shot.pages[0].data).toString('base64');
  }
  process.stdout.write(JSON.stringify(result));
} finally {
  await parser.destroy();
}
