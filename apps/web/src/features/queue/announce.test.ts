import { describe, expect, it, vi } from 'vitest';
import { announcementText, createAnnouncer, spokenTicketNumber } from './announce.ts';

describe('announcementText', () => {
  it.each([
    ['P014', 'Skranke 3', 'Nummer P 14, skranke 3'],
    ['K002', 'Skranke 1', 'Nummer K 2, skranke 1'],
    ['Æ100', 'Skranke 12', 'Nummer Æ 100, skranke 12'],
    ['P1000', 'Bussen', 'Nummer P 1000, bussen'],
  ])('%s at %s is read as "%s"', (number, counter, text) => {
    expect(announcementText(number, counter)).toBe(text);
  });

  it('leaves a number it does not recognise as it is', () => {
    expect(spokenTicketNumber('?')).toBe('?');
  });
});

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeWindow(withSpeech: boolean) {
  const spoken: FakeUtterance[] = [];
  const speechSynthesis = {
    speak: vi.fn((u: FakeUtterance) => {
      spoken.push(u);
      setTimeout(() => u.onend?.(), 0);
    }),
    cancel: vi.fn(),
    getVoices: () => [{ lang: 'en-GB' }, { lang: 'da-DK', name: 'Dansk' }],
  };
  const win = withSpeech ? { speechSynthesis, SpeechSynthesisUtterance: FakeUtterance } : {};
  return { win: win as unknown as Window & typeof globalThis, spoken };
}

describe('createAnnouncer', () => {
  it('speaks each call in Danish with a Danish voice, one after the other', async () => {
    const { win, spoken } = fakeWindow(true);
    const announcer = createAnnouncer(win);
    void announcer.announce('Nummer P 14, skranke 3');
    await announcer.announce('Nummer K 2, skranke 1');
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([
      ['Nummer P 14, skranke 3', 'da-DK'],
      ['Nummer K 2, skranke 1', 'da-DK'],
    ]);
    expect(spoken[0]!.voice).toMatchObject({ lang: 'da-DK' });
  });

  it('stays quiet, without failing, where the browser has neither sound nor speech', async () => {
    const { win } = fakeWindow(false);
    const announcer = createAnnouncer(win);
    await expect(announcer.announce('Nummer P 14, skranke 3')).resolves.toBeUndefined();
    expect(announcer.soundAllowed).toBe(true);
    expect(() => announcer.close()).not.toThrow();
  });
});
