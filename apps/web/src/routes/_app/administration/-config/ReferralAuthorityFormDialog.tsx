import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { CreateReferralAuthorityBody, UpdateReferralAuthorityBody, type ReferralAuthority } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { createReferralAuthority, updateReferralAuthority } from '../../../../features/contacts/actions.ts';
import { contactKeys } from '../../../../features/contacts/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface ReferralAuthorityFormDialogProps {
  auth: AuthSession;
  authority: ReferralAuthority | null;
  onClose(): void;
  onSaved(authority: ReferralAuthority, created: boolean): void;
}

type Values = { name: string; phone: string; openingHours: string; url: string; active: boolean };

/** An empty web address is sent as none (`null`), so that a link can also be taken off. */
const fieldsOf = (values: Values) => ({
  name: values.name.trim(),
  phone: values.phone.trim(),
  openingHours: values.openingHours.trim(),
  url: values.url.trim() || null,
});

/** Add an authority to the referral directory, or change its phone, hours or link, or retire it. */
export function ReferralAuthorityFormDialog({ auth, authority, onClose, onSaved }: ReferralAuthorityFormDialogProps) {
  const { t } = useI18n();
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      name: authority?.name ?? '',
      phone: authority?.phone ?? '',
      openingHours: authority?.openingHours ?? '',
      url: authority?.url ?? '',
      active: authority?.active ?? true,
    } as Values,
    check: {
      schema: authority ? UpdateReferralAuthorityBody : CreateReferralAuthorityBody,
      body: (values) => (authority ? { ...fieldsOf(values), active: values.active } : fieldsOf(values)),
      messages: {
        name: t('adminConfig.form.required'),
        phone: t('contacts.directory.phoneInvalid'),
        openingHours: t('adminConfig.form.required'),
        url: t('contacts.directory.urlInvalid'),
      },
    },
    queryKey: contactKeys.authorities(),
    save: (values) =>
      authority
        ? updateReferralAuthority(auth, authority.id, { ...fieldsOf(values), active: values.active })
        : createReferralAuthority(auth, fieldsOf(values)),
    onSaved: (saved: ReferralAuthority) => onSaved(saved, !authority),
  });
  return (
    <ConfigFormDialog
      title={authority ? t('contacts.directory.editTitle', { name: authority.name }) : t('contacts.directory.addTitle')}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('contacts.directory.name')} {...form.getInputProps('name')} required maxLength={120} data-autofocus />
        <TextInput label={t('contacts.directory.phone')} {...form.getInputProps('phone')} required maxLength={40} autoComplete="off" />
      </SimpleGrid>
      <TextInput
        label={t('contacts.directory.openingHours')}
        description={t('contacts.directory.openingHoursHint')}
        {...form.getInputProps('openingHours')}
        required
        maxLength={200}
      />
      <TextInput
        label={t('contacts.directory.url')}
        {...form.getInputProps('url')}
        type="url"
        maxLength={300}
        spellCheck={false}
        autoComplete="off"
      />
      {authority && <Checkbox label={t('contacts.directory.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
    </ConfigFormDialog>
  );
}
