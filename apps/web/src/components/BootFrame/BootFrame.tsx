import { useI18n } from '../../i18n/i18n.tsx';

/**
 * index.html's page frame (styles.css: .boot-*), drawn by React for the one render between the page's data arriving
 * and the shell being rendered (AppLayout): the screen does not flicker or jump in between.
 */
export function BootFrame() {
  const { t } = useI18n();
  return (
    <div className="boot" aria-busy="true">
      <div className="boot-header">
        <span className="boot-mark" aria-hidden="true" />
        <span className="boot-brand">
          <span className="boot-name">Skranke</span>
          <span className="boot-tagline">Borgerservice</span>
        </span>
      </div>
      <p className="boot-note">{t('app.loading')}</p>
    </div>
  );
}
