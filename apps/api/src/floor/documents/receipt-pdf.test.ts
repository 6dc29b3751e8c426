import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/cases-helpers.ts';
import { renderReceipt, type Receipt } from './receipt-pdf.ts';

const letter = (name: string, paragraphs = 1): Receipt => ({
  title: 'Kvittering for fritagelse fra Digital Post',
  municipalityName: 'Aarhus Kommune',
  date: '6. december 2026',
  facts: [
    ['Navn', name],
    ['Sagsnummer', '2026-000123'],
  ],
  sections: [
    {
      heading: 'Det er registreret',
      paragraphs: Array.from(
        { length: paragraphs },
        (_, i) => `Afsnit ${i + 1}: ${'Fritagelsen gælder, indtil du selv ophæver den. '.repeat(6)}`,
      ),
    },
  ],
});

describe('renderReceipt', () => {
  it.each([
    ['Turkish', 'Ayşe Yılmaz'],
    ['Polish', 'Łukasz Wójcik'],
    ['Ukrainian', 'Олександр Шевченко'],
    ['Vietnamese', 'Nguyễn Thị Thu Hương'],
    ['Danish', 'Søren Ærø Åberg'],
  ])('prints a %s name (%s) as extractable text', async (_language, name) => {
    const text = await pdfText(Buffer.from(await renderReceipt(letter(name))));
    expect(text).toContain(`Navn: ${name}`);
    expect(text).toContain('Side 1 af 1');
  });

  it('prints an Arabic-script name with its words in reading order (shaping is fontkit’s, not asserted here)', async () => {
    const text = await pdfText(Buffer.from(await renderReceipt(letter('محمد علي'))));
    // pdfjs gives right-to-left text back in logical order: the words come back as written only if they were laid
    // out right to left as one run (drawn word by word, left to right, it would read "علي محمد").
    expect(text).toContain('محمد علي');
  });

  it('numbers every page "Side n af N"', async () => {
    const text = await pdfText(Buffer.from(await renderReceipt(letter('Ayşe Yılmaz', 40))));
    const numbers = [...text.matchAll(/Side (\d+) af (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual(numbers.map((_, i) => [i + 1, numbers.length]));
  });

  it('embeds only the glyphs used, so a letter stays small', async () => {
    const latin = await renderReceipt(letter('Ayşe Yılmaz'));
    const arabic = await renderReceipt(letter('محمد علي'));
    expect(latin.byteLength).toBeLessThan(80_000);
    expect(arabic.byteLength).toBeLessThan(120_000);
  });
});
