import type { CheckInAppointmentBody, CheckInResult } from '@skranke/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { checkInAppointment } from '../../../features/appointments/actions.ts';
import { problemCode } from '../../../features/appointments/problems.ts';
import type { ScreenAccess } from '../../../features/devices/screen-access.ts';
import type { MessageKey } from '../../../i18n/da.ts';
import { Bilingual } from './Bilingual.tsx';
import classes from './kiosk.module.css';

/** Back to the start when nobody has touched the form for this long (the next citizen finds the errands). */
export const CHECK_IN_IDLE_MS = 90_000;

const PROBLEM_TEXT: Record<string, MessageKey> = {
  'unknown-code': 'kioskCheckIn.unknownCode',
  'no-match': 'kioskCheckIn.noMatch',
  'several-matches': 'kioskCheckIn.severalMatches',
  'appointment-closed': 'kioskCheckIn.closed',
  'wrong-location': 'kioskCheckIn.wrongLocation',
};

type Mode = 'code' | 'birthDate';

/** 'DD', 'MM', 'YYYY' → 'YYYY-MM-DD' when it is a real date; null otherwise. */
function birthDateOf(day: string, month: string, year: string): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const date = `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

interface CheckInPanelProps {
  access: ScreenAccess;
  /** The check-in answered (a number, or a refusal or another day to explain). */
  onResult(result: CheckInResult): void;
  onBack(): void;
}

/**
 * "Jeg har bestilt tid": the booking code, or the birth date and first name (never a CPR number). A problem is said
 * in the form, which stays filled in, so the citizen can correct it; several matches ask for the code instead.
 */
export function CheckInPanel({ access, onResult, onBack }: CheckInPanelProps) {
  const [mode, setMode] = useState<Mode>('code');
  const [code, setCode] = useState('');
  const [day, setDay] = useState('');
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [firstName, setFirstName] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const [touchedAt, setTouchedAt] = useState(() => Date.now());
  const firstField = useRef<HTMLInputElement>(null);

  const checkIn = useMutation({
    mutationFn: (body: CheckInAppointmentBody) => checkInAppointment(access.tokens, access.locationId, body),
    onSuccess: onResult,
    onError: (error) => {
      if (problemCode(error) === 'several-matches') switchTo('code');
    },
  });

  useEffect(() => {
    const timer = setTimeout(onBack, CHECK_IN_IDLE_MS - (Date.now() - touchedAt));
    return () => clearTimeout(timer);
  }, [touchedAt, onBack]);

  useEffect(() => firstField.current?.focus(), [mode]);

  function switchTo(next: Mode) {
    setMode(next);
    setInvalid(null);
  }

  const touch = () => setTouchedAt(Date.now());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    touch();
    checkIn.reset();
    if (mode === 'code') {
      const cleaned = code.trim();
      if (cleaned.replace(/[\s-]/g, '').length < 8) return setInvalid('kioskCheckIn.codeRequired');
      setInvalid(null);
      return checkIn.mutate({ code: cleaned });
    }
    const birthDate = birthDateOf(day, month, year);
    if (!birthDate) return setInvalid('kioskCheckIn.birthDateInvalid');
    if (!firstName.trim()) return setInvalid('kioskCheckIn.firstNameRequired');
    setInvalid(null);
    checkIn.mutate({ birthDate, firstName: firstName.trim() });
  };

  const code_ = problemCode(checkIn.error);
  const failure: MessageKey | null = invalid ?? (checkIn.isError ? (PROBLEM_TEXT[code_ ?? ''] ?? 'kioskCheckIn.failed') : null);

  return (
    <main className={classes.start}>
      <header className={classes.header}>
        <h1 className={classes.heading}>
          <Bilingual k="kioskCheckIn.heading" inline />
        </h1>
        <p className={classes.intro}>
          <Bilingual k="kioskCheckIn.intro" />
        </p>
      </header>
      <div className={classes.tabs} role="group">
        <button type="button" className={classes.tab} aria-pressed={mode === 'code'} onClick={() => switchTo('code')}>
          <Bilingual k="kioskCheckIn.byCode" inline />
        </button>
        <button type="button" className={classes.tab} aria-pressed={mode === 'birthDate'} onClick={() => switchTo('birthDate')}>
          <Bilingual k="kioskCheckIn.byBirthDate" inline />
        </button>
      </div>
      <form className={classes.form} onSubmit={submit} onInput={touch} noValidate>
        {mode === 'code' ? (
          <label className={classes.field}>
            <span className={classes.fieldLabel}>
              <Bilingual k="kioskCheckIn.code" inline />
            </span>
            <span className={classes.fieldHint}>
              <Bilingual k="kioskCheckIn.codeHint" inline />
            </span>
            <input
              ref={firstField}
              className={`${classes.input} ${classes.codeInput}`}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
            />
          </label>
        ) : (
          <>
            <fieldset className={classes.fieldset}>
              <legend className={classes.fieldLabel}>
                <Bilingual k="kioskCheckIn.birthDate" inline />
              </legend>
              <div className={classes.dateParts}>
                {(
                  [
                    ['kioskCheckIn.day', day, setDay, 2],
                    ['kioskCheckIn.month', month, setMonth, 2],
                    ['kioskCheckIn.year', year, setYear, 4],
                  ] as const
                ).map(([label, value, set, length], index) => (
                  <label key={label} className={classes.field}>
                    <span className={classes.fieldHint}>
                      <Bilingual k={label} inline />
                    </span>
                    <input
                      ref={index === 0 ? firstField : undefined}
                      className={classes.input}
                      value={value}
                      onChange={(event) => set(event.currentTarget.value.replace(/\D/g, ''))}
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={length}
                      size={length + 1}
                    />
                  </label>
                ))}
              </div>
            </fieldset>
            <label className={classes.field}>
              <span className={classes.fieldLabel}>
                <Bilingual k="kioskCheckIn.firstName" inline />
              </span>
              <input
                className={classes.input}
                value={firstName}
                onChange={(event) => setFirstName(event.currentTarget.value)}
                autoComplete="off"
                spellCheck={false}
                maxLength={100}
              />
            </label>
          </>
        )}
        <div role="status" className={classes.status}>
          {checkIn.isPending && <Bilingual k="kioskCheckIn.checking" inline />}
        </div>
        {failure && !checkIn.isPending && (
          <p role="alert" className={classes.error}>
            <Bilingual k={failure} />
          </p>
        )}
        <div className={classes.actions}>
          <button type="button" className={classes.secondaryButton} onClick={onBack}>
            <Bilingual k="kioskCheckIn.back" inline />
          </button>
          <button type="submit" className={classes.primaryButton} disabled={checkIn.isPending}>
            <Bilingual k="kioskCheckIn.submit" inline />
          </button>
        </div>
      </form>
    </main>
  );
}
