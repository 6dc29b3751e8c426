import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { CreatePriorityClassBody, UpdatePriorityClassBody, type ConfigPriorityClass } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigPriorityClass, updateConfigPriorityClass } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface PriorityFormDialogProps {
  auth: AuthSession;
  priority: ConfigPriorityClass | null;
  fairnessBoundMinutes: number;
  onClose(): void;
  onSaved(priority: ConfigPriorityClass, created: boolean): void;
}

type Values = { code: string; nameDa: string; nameEn: string; headStart: string | number; requiresReason: boolean; active: boolean };

const minutesOf = (values: Values) => (typeof values.headStart === 'number' ? values.headStart : Number.NaN);
const fieldsOf = (values: Values) => ({
  nameDa: values.nameDa.trim(),
  nameEn: values.nameEn.trim(),
  headStartMinutes: minutesOf(values),
  requiresReason: values.requiresReason,
});

/** Add or change a priority class; its head start may not pass the municipality's fairness bound. */
export function PriorityFormDialog({ auth, priority, fairnessBoundMinutes, onClose, onSaved }: PriorityFormDialogProps) {
  const { t } = useI18n();
  const headStartRange = t('adminConfig.priorities.headStartRange', { max: fairnessBoundMinutes });
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      code: '',
      nameDa: priority?.nameDa ?? '',
      nameEn: priority?.nameEn ?? '',
      headStart: priority?.headStartMinutes ?? Math.min(10, fairnessBoundMinutes),
      requiresReason: priority?.requiresReason ?? true,
      active: priority?.active ?? true,
    } as Values,
    check: {
      schema: priority ? UpdatePriorityClassBody : CreatePriorityClassBody,
      body: (values) => (priority ? { ...fieldsOf(values), active: values.active } : { code: values.code.trim(), ...fieldsOf(values) }),
      messages: {
        code: t('adminConfig.services.codeInvalid'),
        nameDa: t('adminConfig.form.required'),
        nameEn: t('adminConfig.form.required'),
        headStartMinutes: headStartRange,
      },
      rules: (values) => {
        const minutes = minutesOf(values);
        return {
          headStartMinutes: Number.isInteger(minutes) && minutes >= 0 && minutes <= fairnessBoundMinutes ? undefined : headStartRange,
        };
      },
    },
    queryKey: configKeys.priorityClasses(),
    save: (values) =>
      priority
        ? updateConfigPriorityClass(auth, priority.id, { ...fieldsOf(values), active: values.active })
        : createConfigPriorityClass(auth, { code: values.code.trim(), ...fieldsOf(values) }),
    onSaved: (saved: ConfigPriorityClass) => onSaved(saved, !priority),
  });
  return (
    <ConfigFormDialog
      title={priority ? t('adminConfig.priorities.editTitle', { name: priority.nameDa }) : t('adminConfig.priorities.addTitle')}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('adminConfig.services.nameDa')} {...form.getInputProps('nameDa')} required maxLength={100} data-autofocus />
        <TextInput label={t('adminConfig.services.nameEn')} {...form.getInputProps('nameEn')} required maxLength={100} lang="en" />
        {!priority && (
          <TextInput
            label={t('adminConfig.services.code')}
            description={t('adminConfig.services.codeHint')}
            {...form.getInputProps('code')}
            required
            maxLength={40}
            spellCheck={false}
            autoComplete="off"
          />
        )}
        <NumberInput
          label={t('adminConfig.priorities.headStart')}
          description={t('adminConfig.priorities.headStartHint', { max: fairnessBoundMinutes })}
          {...form.getInputProps('headStart')}
          error={form.errors.headStartMinutes}
          min={0}
          max={fairnessBoundMinutes}
          allowDecimal={false}
          clampBehavior="none"
          required
        />
      </SimpleGrid>
      <Checkbox label={t('adminConfig.priorities.requiresReason')} {...form.getInputProps('requiresReason', { type: 'checkbox' })} />
      {priority && <Checkbox label={t('adminConfig.priorities.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
    </ConfigFormDialog>
  );
}
