/** "P014" is read out as "P 14": the letter, then the number without its padding. */
export function spokenTicketNumber(displayNumber: string): string {
  const match = /^(\D+)0*(\d+)$/.exec(displayNumber);
  return match ? `${match[1]} ${match[2]}` : displayNumber;
}

/** What the call display says when a number is called: "Nummer P 14, skranke 3". */
export function announcementText(displayNumber: string, counterName: string): string {
  return `Nummer ${spokenTicketNumber(displayNumber)}, ${counterName.toLocaleLowerCase('da-DK')}`;
}

const CHIME_TO_SPEECH_MS = 900;
/** If a voice never reports that it finished, the next announcement waits no longer than this. */
const MAX_SPEECH_MS = 8_000;

export interface Announcer {
  /** Chime, then the spoken text; announcements never overlap. */
  announce(text: string): Promise<void>;
  /** Browsers allow sound only after someone has pressed something on the page; call this from that press. */
  enableSound(): Promise<void>;
  /** False while the browser holds the sound back until someone presses a button. */
  readonly soundAllowed: boolean;
  close(): void;
}

type AudioContextConstructor = new () => AudioContext;

/** A two-tone chime made with WebAudio (no audio files), and a Danish voice from the Web Speech API when present. */
export function createAnnouncer(win: Window & typeof globalThis = window): Announcer {
  const AudioContextClass = (win as unknown as { AudioContext?: AudioContextConstructor }).AudioContext;
  let audio: AudioContext | null = null;
  try {
    audio = AudioContextClass ? new AudioContextClass() : null;
  } catch {
    audio = null; // No sound device: the screen still shows every call.
  }
  const speech = 'speechSynthesis' in win && typeof win.SpeechSynthesisUtterance === 'function' ? win.speechSynthesis : null;
  let queue: Promise<void> = Promise.resolve();

  function chime() {
    if (!audio || audio.state !== 'running') return;
    const start = audio.currentTime;
    for (const [frequency, offset] of [
      [880, 0],
      [660, 0.45],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.35, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.8);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.85);
    }
  }

  function speak(text: string): Promise<void> {
    if (!speech) return Promise.resolve();
    return new Promise((resolve) => {
      const utterance = new win.SpeechSynthesisUtterance(text);
      utterance.lang = 'da-DK';
      utterance.rate = 0.9;
      const voice = speech.getVoices().find((v) => v.lang.toLowerCase().startsWith('da'));
      if (voice) utterance.voice = voice;
      const timeout = setTimeout(resolve, MAX_SPEECH_MS);
      const done = () => {
        clearTimeout(timeout);
        resolve();
      };
      utterance.onend = done;
      utterance.onerror = done;
      try {
        speech.speak(utterance);
      } catch {
        done();
      }
    });
  }

  return {
    announce(text) {
      queue = queue.then(async () => {
        chime();
        await new Promise((resolve) => setTimeout(resolve, audio?.state === 'running' ? CHIME_TO_SPEECH_MS : 0));
        await speak(text);
      });
      return queue;
    },
    async enableSound() {
      await audio?.resume().catch(() => undefined);
    },
    get soundAllowed() {
      return !audio || audio.state === 'running';
    },
    close() {
      void audio?.close().catch(() => undefined);
      speech?.cancel();
    },
  };
}
