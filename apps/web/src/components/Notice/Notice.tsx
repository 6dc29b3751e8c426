import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ApiError } from '../../lib/http.ts';

export type NoticeTone = 'success' | 'info' | 'conflict' | 'error';

export interface NoticeMessage {
  tone: NoticeTone;
  text: string;
}

const TONES = {
  success: { color: 'green', icon: IconCircleCheck },
  info: { color: 'blue', icon: IconInfoCircle },
  conflict: { color: 'yellow', icon: IconInfoCircle },
  error: { color: 'red', icon: IconAlertTriangle },
} as const;

/**
 * One calm message at a time, shown where the user is working. Conflicts (409) carry the server's `detail` (in the
 * UI's language, see ApiError.problem), which says what happened ("Billetten er ændret af en anden …"). The live
 * region is always in the page, so a screen reader reads each new message politely, without interrupting.
 */
export function Notice({ notice, onClose }: { notice: NoticeMessage | null; onClose(): void }) {
  const region = useRef<HTMLDivElement>(null);
  // A message the user cannot see has not been said: bring a new one into view (no scrolling when it already is).
  useEffect(() => {
    if (notice) region.current?.scrollIntoView?.({ block: 'nearest' });
  }, [notice]);
  return (
    <div role="status" ref={region} style={{ scrollMarginTop: 80, scrollMarginBottom: 16 }}>
      {notice && <NoticeAlert notice={notice} onClose={onClose} />}
    </div>
  );
}

function NoticeAlert({ notice, onClose }: { notice: NoticeMessage; onClose(): void }) {
  const { t } = useI18n();
  const { color, icon: Icon } = TONES[notice.tone];
  return (
    <Alert
      role="presentation"
      color={color}
      variant="light"
      icon={<Icon aria-hidden />}
      withCloseButton
      closeButtonLabel={t('common.closeMessage')}
      onClose={onClose}
      styles={{ message: { color: 'var(--mantine-color-dark-9)', fontSize: 'var(--mantine-font-size-md)' } }}
    >
      {notice.text}
    </Alert>
  );
}

export function useNotice() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const clear = useCallback(() => setNotice(null), []);
  const show = useCallback((tone: NoticeTone, text: string) => setNotice({ tone, text }), []);
  /** A failed action: the problem's own words for a conflict, a plain explanation otherwise. */
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status < 500 && error.problem?.detail) {
        setNotice({ tone: error.status === 409 ? 'conflict' : 'error', text: error.problem.detail });
      } else if (error instanceof TypeError) {
        setNotice({ tone: 'error', text: t('queue.error.offline') });
      } else {
        setNotice({ tone: 'error', text: t('queue.error.unexpected') });
      }
    },
    [t],
  );
  return { notice, show, showError, clear };
}
