import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/**
 * The letters' fonts: Noto Sans (Latin with every European accent, Cyrillic, Greek, Vietnamese) and Noto Sans Arabic
 * for Arabic script, both TrueType from Google Fonts (SIL OFL) as the @expo-google-fonts packages ship them whole.
 * (@fontsource splits Noto Sans into one WOFF per Unicode subset, so one name could need three files.) PDF's standard
 * fonts are WinAnsi only and cannot print "Ayşe Yılmaz" or "Łukasz Wójcik".
 */
const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(require.resolve(path));
const FILES = {
  latin: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  arabic: {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
} as const;
export type Weight = 'regular' | 'bold';

let bytes: Record<keyof typeof FILES, Record<Weight, Uint8Array>> | undefined;
let arabicCoverage: ((codePoint: number) => boolean) | undefined;
function load() {
  bytes ??= {
    latin: { regular: read(FILES.latin.regular), bold: read(FILES.latin.bold) },
    arabic: { regular: read(FILES.arabic.regular), bold: read(FILES.arabic.bold) },
  };
  if (!arabicCoverage) {
    const latin = fontkit.create(bytes.latin.regular);
    const arabic = fontkit.create(bytes.arabic.regular);
    arabicCoverage = (cp) => !latin.hasGlyphForCodePoint(cp) && arabic.hasGlyphForCodePoint(cp);
  }
  return { bytes, needsArabic: arabicCoverage };
}

/** A piece of a line in one font. */
export interface Run {
  text: string;
  font: PDFFont;
}

export interface LetterFonts {
  /** The line cut into runs by the font that has its glyphs; an Arabic run keeps its inner spaces, so it is shaped and ordered as one. */
  runs(text: string, weight: Weight): Run[];
  width(text: string, weight: Weight, size: number): number;
}

/**
 * Embeds the fonts for a letter made of `texts`, subset to the glyphs used (a letter stays tens of kilobytes); the
 * Arabic ones only when some text needs them. pdf-lib lays text out with fontkit, which shapes Arabic (initial, medial
 * and final forms) and orders a right-to-left run for display. A line is still laid out left to right, so an Arabic
 * name stands in a Danish sentence as a reader expects, but there is no full Unicode bidi algorithm: a paragraph
 * written in Arabic, or digits inside an Arabic run, would not be ordered right.
 */
export async function embedLetterFonts(pdf: PDFDocument, texts: string[]): Promise<LetterFonts> {
  const { bytes: files, needsArabic } = load();
  pdf.registerFontkit(fontkit);
  const embed = (file: Uint8Array, features?: Record<string, boolean>) =>
    pdf.embedFont(file, { subset: true, ...(features && { features }) });
  // Without ccmp a precomposed letter (Vietnamese "ị") keeps its own glyph: with it, fontkit splits it into "i" plus a
  // combining dot, and the text map (one text per glyph) would then read it back as a plain "i".
  const latin = { regular: await embed(files.latin.regular, { ccmp: false }), bold: await embed(files.latin.bold, { ccmp: false }) };
  const anyArabic = texts.some((text) => [...text].some((ch) => needsArabic(ch.codePointAt(0)!)));
  const arabic = anyArabic ? { regular: await embed(files.arabic.regular), bold: await embed(files.arabic.bold) } : latin;

  function runs(text: string, weight: Weight): Run[] {
    const chars = [...text.normalize('NFC')];
    const isArabic = chars.map((ch) => needsArabic(ch.codePointAt(0)!));
    const isSpace = chars.map((ch) => /\s/u.test(ch));
    // A space between two Arabic letters belongs to the Arabic run, so a two-word name is ordered right to left.
    const neighbour = (i: number, step: 1 | -1) => {
      for (let j = i + step; j >= 0 && j < chars.length; j += step) if (!isSpace[j]) return isArabic[j];
      return false;
    };
    const out: Run[] = [];
    chars.forEach((ch, i) => {
      const inArabic = isArabic[i] || (isSpace[i] && neighbour(i, -1) && neighbour(i, 1));
      const font = (inArabic ? arabic : latin)[weight];
      const last = out.at(-1);
      if (last && last.font === font) last.text += ch;
      else out.push({ text: ch, font });
    });
    return out;
  }

  return {
    runs,
    width: (text, weight, size) => runs(text, weight).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, size), 0),
  };
}
