import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface ReceiptSection {
  heading: string;
  paragraphs: string[];
}

export interface Receipt {
  title: string;
  municipalityName: string;
  /** Already formatted, e.g. "22. november 2026". */
  date: string;
  facts: Array<[label: string, value: string]>;
  sections: ReceiptSection[];
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const SIZE = { title: 16, heading: 11.5, body: 10.5 };
const LEADING = 1.4;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A one- or two-page A4 receipt (kvittering) in Danish. Helvetica is one of PDF's standard fonts; pdf-lib writes it
 * with WinAnsi encoding, which covers æ, ø, å and §, so nothing needs embedding.
 */
export async function renderReceipt(receipt: Receipt): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(receipt.title);
  pdf.setAuthor(receipt.municipalityName);
  pdf.setLanguage('da-DK');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  const write = (text: string, font: PDFFont, size: number, gapAfter = 0) => {
    for (const line of wrap(text, font, size, width)) {
      if (y - size < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size;
      page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0, 0, 0) });
      y -= size * (LEADING - 1);
    }
    y -= gapAfter;
  };

  write(receipt.municipalityName, bold, SIZE.heading);
  write(`Borgerservice, ${receipt.date}`, regular, SIZE.body, 18);
  write(receipt.title, bold, SIZE.title, 12);
  for (const [label, value] of receipt.facts) write(`${label}: ${value}`, regular, SIZE.body);
  y -= 12;
  for (const section of receipt.sections) {
    write(section.heading, bold, SIZE.heading, 4);
    for (const paragraph of section.paragraphs) write(paragraph, regular, SIZE.body, 6);
    y -= 6;
  }
  return pdf.save();
}
