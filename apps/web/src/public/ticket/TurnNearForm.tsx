import { useState, type FormEvent } from 'react';
import { normalisePhone } from '../booking/contact.ts';
import { errorMessage, publicCall } from '../client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorNotice } from '../ui.tsx';

/**
 * A walk-in's opt-in to one "your turn is near" SMS (subscribeTicketNotification). Never required: the page itself
 * keeps the place current. The API confirms with the number masked; a municipality without SMS says so.
 */
export function TurnNearForm({ token }: { token: string }) {
  const { t, language } = useI18n();
  const [phone, setPhone] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [state, setState] = useState<{ busy: boolean; error?: unknown; masked?: string }>({ busy: false });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.busy) return;
    const number = normalisePhone(phone);
    setInvalid(!number);
    if (!number) return document.getElementById('turn-near-phone')?.focus();
    setState({ busy: true });
    try {
      const subscribed = await publicCall('subscribeTicketNotification', { params: { token }, body: { phone: number, language } });
      setState({ busy: false, masked: subscribed.phone });
    } catch (error) {
      setState({ busy: false, error });
    }
  };

  if (state.masked) {
    return (
      <p className="pub-notice pub-notice-success" role="status">
        {t('ticket.notifyDone', { phone: state.masked })}
      </p>
    );
  }
  return (
    <form className="pub-confirm" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="turn-near-title">
      <h2 id="turn-near-title">{t('ticket.notifyTitle')}</h2>
      <p className="pub-hint">{t('ticket.notifyIntro')}</p>
      <div className="pub-field">
        <label htmlFor="turn-near-phone">{t('ticket.notifyPhone')}</label>
        {invalid && (
          <p id="turn-near-error" className="pub-field-error">
            {t('ticket.notifyInvalid')}
          </p>
        )}
        <input
          id="turn-near-phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'turn-near-error' : undefined}
        />
      </div>
      {state.error !== undefined && <ErrorNotice message={errorMessage(state.error, t, language)} />}
      <button type="submit" className="pub-button" aria-disabled={state.busy}>
        {state.busy ? t('ticket.notifyBusy') : t('ticket.notifySubmit')}
      </button>
    </form>
  );
}
