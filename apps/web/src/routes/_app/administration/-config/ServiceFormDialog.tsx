import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { Service } from '@skranke/contracts';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigService, updateConfigService } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigSave } from './ConfigFormDialog.tsx';

const CODE = /^[a-z0-9-]{2,40}$/;
const PREFIX = /^[A-ZÆØÅ]$/;
const whole = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

interface ServiceFormDialogProps {
  auth: AuthSession;
  /** The service to change; without one the dialog adds a service. */
  service: Service | null;
  defaults: { yellowMinutes: number; redMinutes: number };
  onClose(): void;
  onSaved(service: Service, created: boolean): void;
}

/** Add a service (e.g. a crisis service) or change one: letter, names, expected time, kiosk order, traffic lights. */
export function ServiceFormDialog({ auth, service, defaults, onClose, onSaved }: ServiceFormDialogProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [prefix, setPrefix] = useState(service?.prefix ?? '');
  const [nameDa, setNameDa] = useState(service?.nameDa ?? '');
  const [nameEn, setNameEn] = useState(service?.nameEn ?? '');
  const [expectedMinutes, setExpectedMinutes] = useState<string | number>(service?.expectedMinutes ?? 10);
  const [kioskOrder, setKioskOrder] = useState<string | number>(service?.kioskOrder ?? 100);
  const [yellowMinutes, setYellow] = useState<string | number>(service?.yellowMinutes ?? defaults.yellowMinutes);
  const [redMinutes, setRed] = useState<string | number>(service?.redMinutes ?? defaults.redMinutes);
  const [active, setActive] = useState(service?.active ?? true);

  const body = () => ({
    prefix: prefix.trim().toUpperCase(),
    nameDa: nameDa.trim(),
    nameEn: nameEn.trim(),
    expectedMinutes: whole(expectedMinutes),
    kioskOrder: whole(kioskOrder),
    yellowMinutes: whole(yellowMinutes),
    redMinutes: whole(redMinutes),
  });
  const form = useConfigSave({
    queryKey: configKeys.services(),
    save: () => (service ? updateConfigService(auth, service.id, { ...body(), active }) : createConfigService(auth, { code: code.trim(), ...body() })),
    onSaved: (saved) => onSaved(saved, !service),
  });

  const wholeIn = (value: string | number, min: number, max: number) => {
    const n = whole(value);
    return Number.isInteger(n) && n >= min && n <= max ? undefined : t('adminConfig.form.wholeBetween', { min, max });
  };

  return (
    <ConfigFormDialog
      title={service ? t('adminConfig.services.editTitle', { name: service.nameDa }) : t('adminConfig.services.addTitle')}
      opened
      onClose={onClose}
      pending={form.pending}
      general={form.general}
      onSubmit={(event) =>
        form.submit(event, {
          code: !service && !CODE.test(code.trim()) ? t('adminConfig.services.codeInvalid') : undefined,
          prefix: PREFIX.test(prefix.trim().toUpperCase()) ? undefined : t('adminConfig.services.prefixInvalid'),
          nameDa: nameDa.trim() ? undefined : t('adminConfig.form.required'),
          nameEn: nameEn.trim() ? undefined : t('adminConfig.form.required'),
          expectedMinutes: wholeIn(expectedMinutes, 1, 240),
          kioskOrder: wholeIn(kioskOrder, 0, 10000),
          yellowMinutes: wholeIn(yellowMinutes, 1, 600),
          redMinutes: wholeIn(redMinutes, 1, 600) ?? (whole(redMinutes) <= whole(yellowMinutes) ? t('adminConfig.services.redAfterYellow') : undefined),
        })
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('adminConfig.services.nameDa')}
          value={nameDa}
          onChange={(e) => setNameDa(e.currentTarget.value)}
          error={form.errors.nameDa}
          required
          maxLength={100}
          data-autofocus
        />
        <TextInput
          label={t('adminConfig.services.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          error={form.errors.nameEn}
          required
          maxLength={100}
          lang="en"
        />
        {!service && (
          <TextInput
            label={t('adminConfig.services.code')}
            description={t('adminConfig.services.codeHint')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={form.errors.code}
            required
            maxLength={40}
            spellCheck={false}
            autoComplete="off"
          />
        )}
        <TextInput
          label={t('adminConfig.services.prefix')}
          description={t('adminConfig.services.prefixHint')}
          value={prefix}
          onChange={(e) => setPrefix(e.currentTarget.value.toUpperCase())}
          error={form.errors.prefix}
          required
          maxLength={1}
          autoComplete="off"
        />
        <NumberInput
          label={t('adminConfig.services.expectedMinutes')}
          value={expectedMinutes}
          onChange={setExpectedMinutes}
          error={form.errors.expectedMinutes}
          min={1}
          max={240}
          allowDecimal={false}
          clampBehavior="none"
          required
        />
        <NumberInput
          label={t('adminConfig.services.kioskOrder')}
          description={t('adminConfig.services.kioskOrderHint')}
          value={kioskOrder}
          onChange={setKioskOrder}
          error={form.errors.kioskOrder}
          min={0}
          max={10000}
          allowDecimal={false}
          clampBehavior="none"
        />
        <NumberInput
          label={t('adminConfig.services.yellowMinutes')}
          value={yellowMinutes}
          onChange={setYellow}
          error={form.errors.yellowMinutes}
          min={1}
          max={600}
          allowDecimal={false}
          clampBehavior="none"
        />
        <NumberInput
          label={t('adminConfig.services.redMinutes')}
          value={redMinutes}
          onChange={setRed}
          error={form.errors.redMinutes}
          min={1}
          max={600}
          allowDecimal={false}
          clampBehavior="none"
        />
      </SimpleGrid>
      {service && (
        <Checkbox
          label={t('adminConfig.services.active')}
          description={t('adminConfig.services.activeHint')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
      )}
    </ConfigFormDialog>
  );
}
