import type { BookingOptions } from '@skranke/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { BringText, FocusHeading } from '../ui.tsx';

export type BookingLocation = BookingOptions['locations'][number];
export type BookingService = BookingLocation['services'][number];

interface ChoiceProps<T> {
  /** The question takes the focus (after the citizen moved to this step). */
  focus: boolean;
  options: readonly T[];
  chosen: T | undefined;
  onChoose(option: T): void;
  onBack?: () => void;
}

/** A fieldset of radio buttons and a Continue button; continuing with nothing chosen says so beside the options. */
function ChoiceForm<T extends { id: string }>({
  legend,
  name,
  focus,
  options,
  chosen,
  onChoose,
  onBack,
  renderLabel,
  renderDetail,
}: ChoiceProps<T> & {
  legend: string;
  name: string;
  renderLabel(option: T): ReactNode;
  renderDetail?: (option: T) => ReactNode;
}) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(chosen?.id);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const option = options.find((o) => o.id === selected);
    if (option) onChoose(option);
    else {
      setMissing(true);
      document.getElementById(`${name}-${options[0]?.id}`)?.focus();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="pub-fieldset" aria-describedby={missing ? `${name}-missing` : undefined}>
        <legend>
          <FocusHeading focus={focus}>{legend}</FocusHeading>
        </legend>
        {missing && (
          <p id={`${name}-missing`} className="pub-field-error">
            {t('common.chooseOne')}
          </p>
        )}
        {options.map((option) => (
          <div key={option.id} className="pub-radio">
            <input
              type="radio"
              id={`${name}-${option.id}`}
              name={name}
              value={option.id}
              checked={selected === option.id}
              onChange={() => {
                setSelected(option.id);
                setMissing(false);
              }}
            />
            <label htmlFor={`${name}-${option.id}`}>{renderLabel(option)}</label>
            {selected === option.id && renderDetail?.(option)}
          </div>
        ))}
      </fieldset>
      <div className="pub-actions">
        <button type="submit" className="pub-button">
          {t('common.next')}
        </button>
        {onBack && (
          <button type="button" className="pub-button pub-button-secondary" onClick={onBack}>
            {t('common.back')}
          </button>
        )}
      </div>
    </form>
  );
}

export function PlaceStep(props: ChoiceProps<BookingLocation>) {
  const { t } = useI18n();
  const municipalities = new Set(props.options.map((l) => l.municipalityName));
  return (
    <ChoiceForm
      {...props}
      legend={t('location.legend')}
      name="location"
      renderLabel={(location) => (
        <>
          {location.name}
          {municipalities.size > 1 && <span className="pub-label-detail">{location.municipalityName}</span>}
        </>
      )}
    />
  );
}

export function ErrandStep(props: ChoiceProps<BookingService>) {
  const { t, language } = useI18n();
  return (
    <ChoiceForm
      {...props}
      legend={t('errand.legend')}
      name="errand"
      renderLabel={(service) => (
        <>
          {language === 'da' ? service.nameDa : service.nameEn}
          <span className="pub-label-detail">{t('errand.minutes', { n: service.slotMinutes })}</span>
        </>
      )}
      renderDetail={(service) => <BringText text={language === 'da' ? service.bringTextDa : service.bringTextEn} />}
    />
  );
}
