import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { embedLetterFonts, type Weight } from './pdf-fonts.ts';

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
const SIZE = { title: 16, heading: 11.5, body: 10.5, footer: 9 };
const LEADING = 1.4;

/** Cuts text into lines no wider than `width`, measuring each word once (a long log extract has thousands of lines). */
function wrap(text: string, measure: (word: string) => number, space: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    const wordWidth = measure(word);
    if (line && lineWidth + space + wordWidth > width) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      lineWidth += (line ? space : 0) + wordWidth;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const allText = (receipt: Receipt) => [
  receipt.title,
  receipt.municipalityName,
  ...receipt.facts.flat(),
  ...receipt.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
];

/**
 * A one- or more-page A4 receipt (kvittering) or letter in Danish, "Side 1 af 2" at the foot of every page. The fonts
 * are embedded (Noto Sans, Noto Sans Arabic; pdf-fonts.ts), so any name the CPR register holds prints, and the text
 * stays extractable (a ToUnicode map comes with each font).
 */
export async function renderReceipt(receipt: Receipt): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(receipt.title);
  pdf.setAuthor(receipt.municipalityName);
  pdf.setLanguage('da-DK');
  const fonts = await embedLetterFonts(pdf, allText(receipt));
  const width = PAGE.width - 2 * PAGE.margin;
  // The foot of the page holds the page number.
  const bottom = PAGE.margin + SIZE.footer * 2;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;

  const draw = (target: PDFPage, text: string, x: number, atY: number, weight: Weight, size: number) => {
    for (const run of fonts.runs(text, weight)) {
      target.drawText(run.text, { x, y: atY, size, font: run.font, color: rgb(0, 0, 0) });
      x += run.font.widthOfTextAtSize(run.text, size);
    }
  };

  const widths = new Map<string, number>();
  const measure = (weight: Weight, size: number) => (word: string) => {
    const key = `${weight}|${size}|${word}`;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = fonts.width(word, weight, size)));
    return w;
  };

  const write = (text: string, weight: Weight, size: number, gapAfter = 0) => {
    for (const line of wrap(text, measure(weight, size), measure(weight, size)(' '), width)) {
      if (y - size < bottom) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size;
      draw(page, line, PAGE.margin, y, weight, size);
      y -= size * (LEADING - 1);
    }
    y -= gapAfter;
  };

  write(receipt.municipalityName, 'bold', SIZE.heading);
  write(`Borgerservice, ${receipt.date}`, 'regular', SIZE.body, 18);
  write(receipt.title, 'bold', SIZE.title, 12);
  for (const [label, value] of receipt.facts) write(`${label}: ${value}`, 'regular', SIZE.body);
  y -= 12;
  for (const section of receipt.sections) {
    write(section.heading, 'bold', SIZE.heading, 4);
    for (const paragraph of section.paragraphs) write(paragraph, 'regular', SIZE.body, 6);
    y -= 6;
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const text = `Side ${i + 1} af ${pages.length}`;
    draw(p, text, PAGE.width - PAGE.margin - fonts.width(text, 'regular', SIZE.footer), PAGE.margin, 'regular', SIZE.footer);
  });
  return pdf.save();
}
