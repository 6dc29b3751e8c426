import { formatDateTime } from '../dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The chosen time went to someone else a moment before: offer the next free time the API named, or another. */
export function TakenNotice({
  nextFree,
  busy,
  onTake,
  onChoose,
}: {
  nextFree: string | null;
  busy: boolean;
  onTake(startsAt: string): void;
  onChoose(): void;
}) {
  const { t, language } = useI18n();
  const time = nextFree && formatDateTime(nextFree, language);
  return (
    <div className="pub-notice pub-notice-warning" role="alert">
      <h3>{t('taken.title')}</h3>
      <p>{time ? t('taken.offer', { time }) : t('taken.none')}</p>
      <div className="pub-actions">
        {nextFree && time && (
          <button type="button" className="pub-button" aria-disabled={busy} onClick={() => !busy && onTake(nextFree)}>
            {t('taken.take', { time })}
          </button>
        )}
        <button type="button" className="pub-button pub-button-secondary" onClick={onChoose}>
          {t('taken.choose')}
        </button>
      </div>
    </div>
  );
}
