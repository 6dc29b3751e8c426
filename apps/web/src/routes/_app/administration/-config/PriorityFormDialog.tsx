import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { ConfigPriorityClass } from '@skranke/contracts';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigPriorityClass, updateConfigPriorityClass } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigSave } from './ConfigFormDialog.tsx';

const CODE = /^[a-z0-9-]{2,40}$/;

interface PriorityFormDialogProps {
  auth: AuthSession;
  priority: ConfigPriorityClass | null;
  fairnessBoundMinutes: number;
  onClose(): void;
  onSaved(priority: ConfigPriorityClass, created: boolean): void;
}

/** Add or change a priority class; its head start may not pass the municipality's fairness bound. */
export function PriorityFormDialog({ auth, priority, fairnessBoundMinutes, onClose, onSaved }: PriorityFormDialogProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [nameDa, setNameDa] = useState(priority?.nameDa ?? '');
  const [nameEn, setNameEn] = useState(priority?.nameEn ?? '');
  const [headStart, setHeadStart] = useState<string | number>(priority?.headStartMinutes ?? Math.min(10, fairnessBoundMinutes));
  const [requiresReason, setRequiresReason] = useState(priority?.requiresReason ?? true);
  const [active, setActive] = useState(priority?.active ?? true);
  const minutes = typeof headStart === 'number' ? headStart : Number.NaN;
  const form = useConfigSave({
    queryKey: configKeys.priorityClasses(),
    save: () => {
      const body = { nameDa: nameDa.trim(), nameEn: nameEn.trim(), headStartMinutes: minutes, requiresReason };
      return priority ? updateConfigPriorityClass(auth, priority.id, { ...body, active }) : createConfigPriorityClass(auth, { code: code.trim(), ...body });
    },
    onSaved: (saved) => onSaved(saved, !priority),
  });
  return (
    <ConfigFormDialog
      title={priority ? t('adminConfig.priorities.editTitle', { name: priority.nameDa }) : t('adminConfig.priorities.addTitle')}
      opened
      onClose={onClose}
      pending={form.pending}
      general={form.general}
      onSubmit={(event) =>
        form.submit(event, {
          code: !priority && !CODE.test(code.trim()) ? t('adminConfig.services.codeInvalid') : undefined,
          nameDa: nameDa.trim() ? undefined : t('adminConfig.form.required'),
          nameEn: nameEn.trim() ? undefined : t('adminConfig.form.required'),
          headStartMinutes:
            Number.isInteger(minutes) && minutes >= 0 && minutes <= fairnessBoundMinutes
              ? undefined
              : t('adminConfig.priorities.headStartRange', { max: fairnessBoundMinutes }),
        })
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('adminConfig.services.nameDa')} value={nameDa} onChange={(e) => setNameDa(e.currentTarget.value)} error={form.errors.nameDa} required maxLength={100} data-autofocus />
        <TextInput label={t('adminConfig.services.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} error={form.errors.nameEn} required maxLength={100} lang="en" />
        {!priority && (
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
        <NumberInput
          label={t('adminConfig.priorities.headStart')}
          description={t('adminConfig.priorities.headStartHint', { max: fairnessBoundMinutes })}
          value={headStart}
          onChange={setHeadStart}
          error={form.errors.headStartMinutes}
          min={0}
          max={fairnessBoundMinutes}
          allowDecimal={false}
          clampBehavior="none"
          required
        />
      </SimpleGrid>
      <Checkbox label={t('adminConfig.priorities.requiresReason')} checked={requiresReason} onChange={(e) => setRequiresReason(e.currentTarget.checked)} />
      {priority && <Checkbox label={t('adminConfig.priorities.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
    </ConfigFormDialog>
  );
}
