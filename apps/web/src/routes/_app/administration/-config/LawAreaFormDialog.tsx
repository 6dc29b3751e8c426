import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { CreateLawAreaBody, UpdateLawAreaBody, type ConfigLawArea } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigLawArea, updateConfigLawArea } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface LawAreaFormDialogProps {
  auth: AuthSession;
  lawArea: ConfigLawArea | null;
  onClose(): void;
  onSaved(lawArea: ConfigLawArea, created: boolean): void;
}

type Values = { code: string; nameDa: string; nameEn: string; udk: boolean; appealBody: string; legalReference: string; active: boolean };

const fieldsOf = (values: Values) => ({
  nameDa: values.nameDa.trim(),
  nameEn: values.nameEn.trim(),
  udbetalingDanmark: values.udk,
  appealBody: values.appealBody.trim() || null,
  legalReference: values.legalReference.trim() || null,
});

/** Add or change a law area for self-service exemptions: names, Udbetaling Danmark, appeal body, legal reference. */
export function LawAreaFormDialog({ auth, lawArea, onClose, onSaved }: LawAreaFormDialogProps) {
  const { t } = useI18n();
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      code: '',
      nameDa: lawArea?.nameDa ?? '',
      nameEn: lawArea?.nameEn ?? '',
      udk: lawArea?.udbetalingDanmark ?? false,
      appealBody: lawArea?.appealBody ?? '',
      legalReference: lawArea?.legalReference ?? '',
      active: lawArea?.active ?? true,
    } as Values,
    check: {
      schema: lawArea ? UpdateLawAreaBody : CreateLawAreaBody,
      body: (values) => (lawArea ? { ...fieldsOf(values), active: values.active } : { code: values.code.trim(), ...fieldsOf(values) }),
      messages: {
        code: t('adminConfig.lawAreas.codeInvalid'),
        nameDa: t('adminConfig.form.required'),
        nameEn: t('adminConfig.form.required'),
      },
    },
    queryKey: configKeys.lawAreas(),
    save: (values) =>
      lawArea
        ? updateConfigLawArea(auth, lawArea.id, { ...fieldsOf(values), active: values.active })
        : createConfigLawArea(auth, { code: values.code.trim(), ...fieldsOf(values) }),
    onSaved: (saved: ConfigLawArea) => onSaved(saved, !lawArea),
  });
  return (
    <ConfigFormDialog
      title={lawArea ? t('adminConfig.lawAreas.editTitle', { name: lawArea.nameDa }) : t('adminConfig.lawAreas.addTitle')}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('adminConfig.services.nameDa')} {...form.getInputProps('nameDa')} required maxLength={200} data-autofocus />
        <TextInput label={t('adminConfig.services.nameEn')} {...form.getInputProps('nameEn')} required maxLength={200} lang="en" />
        {!lawArea && (
          <TextInput
            label={t('adminConfig.services.code')}
            description={t('adminConfig.lawAreas.codeHint')}
            {...form.getInputProps('code')}
            required
            maxLength={40}
            spellCheck={false}
            autoComplete="off"
          />
        )}
        <TextInput
          label={t('adminConfig.lawAreas.legalReference')}
          description={t('adminConfig.lawAreas.legalReferenceHint')}
          {...form.getInputProps('legalReference')}
          maxLength={200}
        />
      </SimpleGrid>
      <Checkbox
        label={t('adminConfig.lawAreas.udk')}
        description={t('adminConfig.lawAreas.udkHint')}
        {...form.getInputProps('udk', { type: 'checkbox' })}
      />
      <TextInput
        label={t('adminConfig.lawAreas.appealBody')}
        description={t(form.values.udk ? 'adminConfig.lawAreas.appealBodyUdk' : 'adminConfig.lawAreas.appealBodyHint')}
        {...form.getInputProps('appealBody')}
        maxLength={200}
      />
      {lawArea && <Checkbox label={t('adminConfig.lawAreas.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
    </ConfigFormDialog>
  );
}
