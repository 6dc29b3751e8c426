import { useCallback, useEffect, useRef, useState } from 'react';
import { createAnnouncer, type Announcer } from './announce.ts';

/** The call display's voice, for as long as the screen is mounted. */
export function useAnnouncer() {
  const announcer = useRef<Announcer | null>(null);
  const [soundAllowed, setSoundAllowed] = useState(true);

  useEffect(() => {
    const created = createAnnouncer();
    announcer.current = created;
    setSoundAllowed(created.soundAllowed);
    return () => {
      created.close();
      announcer.current = null;
    };
  }, []);

  const enableSound = useCallback(async () => {
    await announcer.current?.enableSound();
    setSoundAllowed(announcer.current?.soundAllowed ?? true);
  }, []);

  const announce = useCallback((text: string) => void announcer.current?.announce(text), []);

  return { soundAllowed, enableSound, announce };
}
