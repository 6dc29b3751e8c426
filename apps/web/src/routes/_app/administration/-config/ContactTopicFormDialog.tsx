import { Checkbox, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { CreateContactTopicBody, UpdateContactTopicBody, type ContactTopic } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { createContactTopic, updateContactTopic } from '../../../../features/contacts/actions.ts';
import { contactKeys } from '../../../../features/contacts/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from './ConfigFormDialog.tsx';

interface ContactTopicFormDialogProps {
  auth: AuthSession;
  topic: ContactTopic | null;
  onClose(): void;
  onSaved(topic: ContactTopic, created: boolean): void;
}

type Values = { code: string; labelDa: string; labelEn: string; position: string | number; active: boolean };

const fieldsOf = (values: Values) => ({
  labelDa: values.labelDa.trim(),
  labelEn: values.labelEn.trim(),
  position: typeof values.position === 'number' ? values.position : Number.NaN,
});

/** Add a contact topic (its code is for good) or rename, reorder or retire one. */
export function ContactTopicFormDialog({ auth, topic, onClose, onSaved }: ContactTopicFormDialogProps) {
  const { t } = useI18n();
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: {
      code: '',
      labelDa: topic?.labelDa ?? '',
      labelEn: topic?.labelEn ?? '',
      position: topic?.position ?? 0,
      active: topic?.active ?? true,
    } as Values,
    check: {
      schema: topic ? UpdateContactTopicBody : CreateContactTopicBody,
      body: (values) => (topic ? { ...fieldsOf(values), active: values.active } : { code: values.code.trim(), ...fieldsOf(values) }),
      messages: {
        code: t('contacts.topics.codeInvalid'),
        labelDa: t('adminConfig.form.required'),
        labelEn: t('adminConfig.form.required'),
        position: t('contacts.topics.positionInvalid'),
      },
    },
    queryKey: contactKeys.topics(),
    save: (values) =>
      topic
        ? updateContactTopic(auth, topic.id, { ...fieldsOf(values), active: values.active })
        : createContactTopic(auth, { code: values.code.trim(), ...fieldsOf(values) }),
    onSaved: (saved: ContactTopic) => onSaved(saved, !topic),
  });
  return (
    <ConfigFormDialog
      title={topic ? t('contacts.topics.editTitle', { name: topic.labelDa }) : t('contacts.topics.addTitle')}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('contacts.topics.labelDa')} {...form.getInputProps('labelDa')} required maxLength={80} data-autofocus />
        <TextInput label={t('contacts.topics.labelEn')} {...form.getInputProps('labelEn')} required maxLength={80} lang="en" />
        {!topic && (
          <TextInput
            label={t('contacts.topics.code')}
            description={t('contacts.topics.codeHint')}
            {...form.getInputProps('code')}
            required
            maxLength={40}
            spellCheck={false}
            autoComplete="off"
          />
        )}
        <NumberInput
          label={t('contacts.topics.position')}
          description={t('contacts.topics.positionHint')}
          {...form.getInputProps('position')}
          min={0}
          max={999}
          allowDecimal={false}
          clampBehavior="none"
          required
        />
      </SimpleGrid>
      {topic && <Checkbox label={t('contacts.topics.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
    </ConfigFormDialog>
  );
}
