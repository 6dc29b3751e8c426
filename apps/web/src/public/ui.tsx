import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from './i18n/i18n.tsx';

/**
 * A heading that takes the focus when it appears after the citizen moved on (a new step, an answer), so a screen
 * reader says where they are and Tab continues from there. Not on the page's first render: the browser starts at
 * the top of the page then, as it should.
 */
export function FocusHeading({ level = 2, focus, children, id }: { level?: 2 | 3; focus: boolean; children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag ref={ref} tabIndex={-1} id={id}>
      {children}
    </Tag>
  );
}

/** A calm message that something did not work, with a way to try again when there is one. */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="pub-notice pub-notice-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="pub-button pub-button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading({ text }: { text: string }) {
  return (
    <p className="pub-muted" role="status">
      {text}
    </p>
  );
}

/** Label and value pairs (time, place, errand …). */
export function Summary({ rows }: { rows: ReadonlyArray<readonly [label: string, value: ReactNode]> }) {
  return (
    <dl className="pub-summary">
      {rows.map(([label, value]) => (
        <div key={label} className="pub-summary-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What to bring, as the desk wrote it (line breaks kept). */
export function BringText({ text }: { text: string }) {
  const { t } = useI18n();
  if (!text.trim()) return null;
  return (
    <div className="pub-bring">
      <h3>{t('errand.bring')}</h3>
      <p>{text}</p>
    </div>
  );
}

type Loaded<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'failed'; error: unknown };

/** Loads once per `key` (and again on `reload`); an answer for an older key is dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> & { reload(): void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; value: Loaded<T> }>({ key: '', value: { state: 'loading' } });
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let current = true;
    setResult({ key, value: { state: 'loading' } });
    loadRef.current().then(
      (data) => current && setResult({ key, value: { state: 'done', data } }),
      (error: unknown) => current && setResult({ key, value: { state: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const value: Loaded<T> = result.key === key ? result.value : { state: 'loading' };
  return { ...value, reload: () => setAttempt((n) => n + 1) };
}
