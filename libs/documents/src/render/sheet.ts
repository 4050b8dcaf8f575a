import { create as createQrCode } from 'qrcode';

const PAD = 3.5;
const LABEL_FILL = '#f1f3f5';
const RULE = '#444444';

/** One cell of a grid: its text, and whether it is a label (shaded). */
export type Cell = string | { text: string; label?: boolean; align?: 'left' | 'center' | 'right' };

/**
 * A thin layout layer over pdfkit for forms: a cursor that moves down the page, bordered grids
 * whose rows grow with their text and break onto a new page, headings and paragraphs. pdfkit's
 * own flowing text would add pages on its own; everything here is placed at explicit positions.
 */
export class Sheet {
  y: number;

  constructor(
    readonly pdf: PDFKit.PDFDocument,
    private readonly fontSize = 9,
  ) {
    this.y = pdf.page.margins.top;
  }

  get left(): number {
    return this.pdf.page.margins.left;
  }

  get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  private get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** Starts a new page when `height` does not fit on this one. */
  ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.pdf.addPage();
    this.y = this.pdf.page.margins.top;
  }

  gap(points: number): void {
    this.y += points;
  }

  title(text: string, size = 17): void {
    this.pdf.fontSize(size).fillColor('#000000');
    this.pdf.text(text, this.left, this.y, { width: this.width, align: 'center', characterSpacing: 1 });
    this.y += this.pdf.heightOfString(text, { width: this.width }) + 8;
  }

  heading(text: string): void {
    this.pdf.fontSize(11);
    const height = this.pdf.heightOfString(text, { width: this.width });
    // Never a heading alone at the foot of a page: keep room for two rows of what follows.
    this.ensure(height + 50);
    this.y += 5;
    this.pdf.fillColor('#000000').text(text, this.left, this.y, { width: this.width });
    this.y += height + 4;
  }

  paragraph(text: string, size = this.fontSize, color = '#000000'): void {
    this.pdf.fontSize(size);
    const height = this.pdf.heightOfString(text, { width: this.width, lineGap: 2 });
    this.ensure(height);
    this.pdf.fillColor(color).text(text, this.left, this.y, { width: this.width, lineGap: 2 });
    this.y += height + 4;
  }

  /**
   * A bordered grid: `widths` are fractions of the given width; a row is as tall as its tallest
   * cell; a row that does not fit starts a new page.
   */
  grid(widths: readonly number[], rows: readonly (readonly Cell[])[], at = { x: this.left, width: this.width }): void {
    const total = widths.reduce((sum, width) => sum + width, 0);
    const columns = widths.map((width) => (width / total) * at.width);
    this.pdf.fontSize(this.fontSize).lineWidth(0.5);
    for (const row of rows) {
      const cells = row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell));
      const height =
        Math.max(
          ...cells.map((cell, index) =>
            this.pdf.heightOfString(cell.text || ' ', { width: (columns[index] ?? 0) - 2 * PAD, lineGap: 1 }),
          ),
        ) +
        2 * PAD;
      this.ensure(height);
      let x = at.x;
      cells.forEach((cell, index) => {
        const width = columns[index] ?? 0;
        if (cell.label) this.pdf.rect(x, this.y, width, height).fill(LABEL_FILL);
        this.pdf.rect(x, this.y, width, height).strokeColor(RULE).stroke();
        this.pdf
          .fillColor('#000000')
          .text(cell.text, x + PAD, this.y + PAD, { width: width - 2 * PAD, lineGap: 1, align: cell.align ?? 'left' });
        x += width;
      });
      this.y += height;
    }
    this.y += 4;
  }

  /** A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes). */
  qrCode(text: string, x: number, y: number, size: number): void {
    const { modules } = createQrCode(text, { errorCorrectionLevel: 'M' });
    const cell = size / modules.size;
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        if (modules.get(row, column)) this.pdf.rect(x + column * cell, y + row * cell, cell, cell);
      }
    }
    this.pdf.fillColor('#000000').fill();
  }

  /** The same line at the foot of every page (pdfkit's buffered pages), outside the margins. */
  footer(line: (page: number, pages: number) => string): void {
    const range = this.pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.pdf.switchToPage(index);
      const bottomMargin = this.pdf.page.margins.bottom;
      // Text below the bottom margin would make pdfkit open a page of its own.
      this.pdf.page.margins.bottom = 0;
      this.pdf
        .fontSize(7.5)
        .fillColor('#555555')
        .text(line(index - range.start + 1, range.count), this.left, this.pdf.page.height - bottomMargin + 14, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.pdf.page.margins.bottom = bottomMargin;
    }
  }
}
