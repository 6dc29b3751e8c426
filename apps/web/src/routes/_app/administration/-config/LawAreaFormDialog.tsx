import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import type { ConfigLawArea } from '@skranke/contracts';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { configKeys, createConfigLawArea, updateConfigLawArea } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigSave } from './ConfigFormDialog.tsx';

const CODE = /^[a-z][a-z_]{0,39}$/;

interface LawAreaFormDialogProps {
  auth: AuthSession;
  lawArea: ConfigLawArea | null;
  onClose(): void;
  onSaved(lawArea: ConfigLawArea, created: boolean): void;
}

/** Add or change a law area for self-service exemptions: names, Udbetaling Danmark, appeal body, legal reference. */
export function LawAreaFormDialog({ auth, lawArea, onClose, onSaved }: LawAreaFormDialogProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [nameDa, setNameDa] = useState(lawArea?.nameDa ?? '');
  const [nameEn, setNameEn] = useState(lawArea?.nameEn ?? '');
  const [udk, setUdk] = useState(lawArea?.udbetalingDanmark ?? false);
  const [appealBody, setAppealBody] = useState(lawArea?.appealBody ?? '');
  const [legalReference, setLegalReference] = useState(lawArea?.legalReference ?? '');
  const [active, setActive] = useState(lawArea?.active ?? true);
  const form = useConfigSave({
    queryKey: configKeys.lawAreas(),
    save: () => {
      const body = {
        nameDa: nameDa.trim(),
        nameEn: nameEn.trim(),
        udbetalingDanmark: udk,
        appealBody: appealBody.trim() || null,
        legalReference: legalReference.trim() || null,
      };
      return lawArea ? updateConfigLawArea(auth, lawArea.id, { ...body, active }) : createConfigLawArea(auth, { code: code.trim(), ...body });
    },
    onSaved: (saved) => onSaved(saved, !lawArea),
  });
  return (
    <ConfigFormDialog
      title={lawArea ? t('adminConfig.lawAreas.editTitle', { name: lawArea.nameDa }) : t('adminConfig.lawAreas.addTitle')}
      opened
      onClose={onClose}
      pending={form.pending}
      general={form.general}
      onSubmit={(event) =>
        form.submit(event, {
          code: !lawArea && !CODE.test(code.trim()) ? t('adminConfig.lawAreas.codeInvalid') : undefined,
          nameDa: nameDa.trim() ? undefined : t('adminConfig.form.required'),
          nameEn: nameEn.trim() ? undefined : t('adminConfig.form.required'),
        })
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('adminConfig.services.nameDa')} value={nameDa} onChange={(e) => setNameDa(e.currentTarget.value)} error={form.errors.nameDa} required maxLength={200} data-autofocus />
        <TextInput label={t('adminConfig.services.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} error={form.errors.nameEn} required maxLength={200} lang="en" />
        {!lawArea && (
          <TextInput
            label={t('adminConfig.services.code')}
            description={t('adminConfig.lawAreas.codeHint')}
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
          label={t('adminConfig.lawAreas.legalReference')}
          description={t('adminConfig.lawAreas.legalReferenceHint')}
          value={legalReference}
          onChange={(e) => setLegalReference(e.currentTarget.value)}
          error={form.errors.legalReference}
          maxLength={200}
        />
      </SimpleGrid>
      <Checkbox label={t('adminConfig.lawAreas.udk')} description={t('adminConfig.lawAreas.udkHint')} checked={udk} onChange={(e) => setUdk(e.currentTarget.checked)} />
      <TextInput
        label={t('adminConfig.lawAreas.appealBody')}
        description={t(udk ? 'adminConfig.lawAreas.appealBodyUdk' : 'adminConfig.lawAreas.appealBodyHint')}
        value={appealBody}
        onChange={(e) => setAppealBody(e.currentTarget.value)}
        error={form.errors.appealBody}
        maxLength={200}
      />
      {lawArea && <Checkbox label={t('adminConfig.lawAreas.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
    </ConfigFormDialog>
  );
}
