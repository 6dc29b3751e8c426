import { useState, type FormEvent, type ReactNode } from 'react';
import { civilDateOf } from '../dates.ts';
import type { MessageKey } from '../i18n/da.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { checkContact, type Contact, type ContactDraft, type ContactField, type ContactProblem } from './contact.ts';

const FIRST_INPUT: Record<ContactField, string> = {
  name: 'contact-name',
  phone: 'contact-phone',
  email: 'contact-email',
  birthDate: 'contact-birth-day',
};

interface ContactStepProps {
  draft: ContactDraft;
  onDraft(draft: ContactDraft): void;
  onDone(contact: Contact): void;
  onBack(): void;
}

/**
 * Name, a phone number or an e-mail, and an optional birth date, each with why it is asked. Problems are listed on
 * top (with links to the fields) and said again beside each field.
 */
export function ContactStep({ draft, onDraft, onDone, onBack }: ContactStepProps) {
  const { t } = useI18n();
  const [problems, setProblems] = useState<Array<[ContactField, ContactProblem]>>([]);
  const problemOf = (field: ContactField) => problems.find(([f]) => f === field)?.[1];
  const set = (key: keyof ContactDraft) => (value: string) => onDraft({ ...draft, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkContact(draft, civilDateOf(new Date()));
    if ('contact' in checked) return onDone(checked.contact);
    setProblems(checked.problems);
    // The summary is announced and focused; its links lead to each field.
    requestAnimationFrame(() => document.getElementById('contact-problems')?.focus());
  };

  const birthProblem = problemOf('birthDate');
  return (
    <form onSubmit={submit} noValidate>
      <p className="pub-lead">{t('contact.intro')}</p>
      {problems.length > 0 && (
        <div id="contact-problems" className="pub-notice pub-notice-error" role="alert" tabIndex={-1}>
          <p>{t('contact.errors')}</p>
          <ul>
            {problems.map(([field, problem]) => (
              <li key={problem}>
                <a href={`#${FIRST_INPUT[field]}`}>{t(`contact.${problem}` as MessageKey)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <TextField
        id="contact-name"
        label={t('contact.name')}
        hint={t('contact.nameHint')}
        problem={problemOf('name')}
        value={draft.name}
        onChange={set('name')}
        autoComplete="name"
      />

      <fieldset className="pub-fieldset" aria-describedby="contact-reach-hint">
        <legend>{t('contact.reach')}</legend>
        <p id="contact-reach-hint" className="pub-hint">
          {t('contact.reachHint')}
        </p>
        <TextField
          id="contact-phone"
          label={t('contact.phone')}
          type="tel"
          problem={problemOf('phone')}
          value={draft.phone}
          onChange={set('phone')}
          autoComplete="tel-national"
          inputMode="tel"
        />
        <TextField
          id="contact-email"
          label={t('contact.email')}
          type="email"
          problem={problemOf('email')}
          value={draft.email}
          onChange={set('email')}
          autoComplete="email"
          inputMode="email"
        />
      </fieldset>

      <fieldset className="pub-fieldset" aria-describedby={`contact-birth-hint${birthProblem ? ' contact-birth-error' : ''}`}>
        <legend>{t('contact.birthDate')}</legend>
        <p id="contact-birth-hint" className="pub-hint">
          {t('contact.birthDateHint')}
        </p>
        {birthProblem && <FieldError id="contact-birth-error">{t(`contact.${birthProblem}`)}</FieldError>}
        <div className="pub-date">
          <DatePart
            id="contact-birth-day"
            label={t('contact.day')}
            value={draft.birthDay}
            onChange={set('birthDay')}
            invalid={Boolean(birthProblem)}
            maxLength={2}
            autoComplete="bday-day"
          />
          <DatePart
            id="contact-birth-month"
            label={t('contact.month')}
            value={draft.birthMonth}
            onChange={set('birthMonth')}
            invalid={Boolean(birthProblem)}
            maxLength={2}
            autoComplete="bday-month"
          />
          <DatePart
            id="contact-birth-year"
            label={t('contact.year')}
            value={draft.birthYear}
            onChange={set('birthYear')}
            invalid={Boolean(birthProblem)}
            maxLength={4}
            autoComplete="bday-year"
          />
        </div>
      </fieldset>

      <div className="pub-actions">
        <button type="submit" className="pub-button">
          {t('common.next')}
        </button>
        <button type="button" className="pub-button pub-button-secondary" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </form>
  );
}

function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="pub-field-error">
      {children}
    </p>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  problem?: ContactProblem;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'tel' | 'email';
  autoComplete: string;
  inputMode?: 'tel' | 'email';
}

function TextField({ id, label, hint, problem, value, onChange, type = 'text', autoComplete, inputMode }: TextFieldProps) {
  const { t } = useI18n();
  const described = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="pub-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="pub-hint">
          {hint}
        </p>
      )}
      {problem && <FieldError id={`${id}-error`}>{t(`contact.${problem}`)}</FieldError>}
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        spellCheck={false}
      />
    </div>
  );
}

function DatePart(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  maxLength: number;
  autoComplete: string;
}) {
  return (
    <div className="pub-date-part">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className={props.maxLength === 4 ? 'pub-input-year' : 'pub-input-short'}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={props.maxLength}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.invalid || undefined}
        autoComplete={props.autoComplete}
      />
    </div>
  );
}
