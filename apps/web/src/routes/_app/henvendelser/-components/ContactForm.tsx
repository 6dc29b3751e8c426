import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RecordContactBody, type ContactChannel, type ContactResult } from '@skranke/contracts';
import { addWorkingDays, CONTACT_CHANNELS, CONTACT_RESULTS, validateContact, validateFollowUpDue } from '@skranke/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { fieldErrorsOf } from '../../../../features/appointments/problems.ts';
import { todayInCopenhagen } from '../../../../features/appointments/time.ts';
import { createFollowUpTask, recordContact } from '../../../../features/contacts/actions.ts';
import {
  assigneesQueryOptions,
  contactTopicsQueryOptions,
  invalidateContacts,
  referralAuthoritiesQueryOptions,
} from '../../../../features/contacts/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { firstInvalidField, focusWhenReady } from '../../../../lib/focus.ts';
import { contractValidator } from '../../../../lib/forms.ts';
import { ContactCitizen, useContactCitizen } from './ContactCitizen.tsx';

interface Values {
  channel: ContactChannel;
  topicCode: string;
  result: ContactResult;
  referralAuthorityId: string;
  note: string;
  followUp: boolean;
  assigneeUserId: string;
  dueOn: string;
  taskText: string;
}

interface ContactFormProps {
  auth: AuthSession;
  userId: string;
  /** A served ticket from the counter screen: the contact closes it. */
  ticketId?: string | undefined;
  ticketNumber?: string | undefined;
}

function toBody(values: Values, ticketId: string | undefined, personId?: string): RecordContactBody {
  return {
    channel: values.channel,
    topicCode: values.topicCode,
    result: values.result,
    ...(values.result === 'referred' && values.referralAuthorityId ? { referralAuthorityId: values.referralAuthorityId } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
    ...(ticketId ? { ticketId } : {}),
    ...(personId ? { personId } : {}),
  };
}

/**
 * Logs one contact: channel, topic, result, a referral with the authority's phone and hours, a task for a colleague.
 * Anonymous unless the staff member names the citizen by CPR number (ContactCitizen); then it shows on their page.
 */
export function ContactForm({ auth, userId, ticketId, ticketNumber }: ContactFormProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const named = useContactCitizen();
  const { data: topics } = useSuspenseQuery(contactTopicsQueryOptions(auth));
  const { data: authorities } = useSuspenseQuery(referralAuthoritiesQueryOptions(auth));
  const { data: colleagues } = useSuspenseQuery(assigneesQueryOptions(auth));
  const initialValues: Values = {
    channel: ticketId ? 'counter' : 'phone',
    topicCode: '',
    result: 'guided',
    referralAuthorityId: '',
    note: '',
    followUp: false,
    assigneeUserId: '',
    dueOn: addWorkingDays(todayInCopenhagen(), 2),
    taskText: '',
  };
  const form = useForm<Values>({
    initialValues,
    validate: contractValidator<Values>(
      {
        schema: RecordContactBody,
        body: (values) => toBody(values, ticketId),
        messages: { topicCode: t('contacts.form.topicRequired'), note: t('contacts.form.noteTooLong') },
        rules: (values) => {
          const errors: Record<string, string> = {};
          for (const problem of validateContact({ ...toBody(values, ticketId), referralAuthorityId: values.referralAuthorityId || null })) {
            if (problem.field === 'referralAuthorityId' && values.result === 'referred') {
              errors.referralAuthorityId = t('contacts.form.authorityRequired');
            }
          }
          if (values.followUp) {
            if (!values.assigneeUserId) errors.assigneeUserId = t('contacts.form.assigneeRequired');
            if (validateFollowUpDue(values.dueOn, todayInCopenhagen()).length > 0) errors.dueOn = t('contacts.form.dueOnInvalid');
            if (!values.taskText.trim()) errors.taskText = t('contacts.form.taskTextRequired');
          }
          return errors;
        },
      },
      language,
    ),
  });
  const { values } = form;
  const chosenAuthority = authorities.find((a) => a.id === values.referralAuthorityId);

  const save = useMutation({
    mutationFn: async ({ values, personId }: { values: Values; personId: string | undefined }) => {
      const contact = await recordContact(auth, toBody(values, ticketId, personId));
      if (!values.followUp) return { assignee: null };
      await createFollowUpTask(auth, {
        contactId: contact.id,
        assigneeUserId: values.assigneeUserId,
        dueOn: values.dueOn,
        text: values.taskText.trim(),
      });
      return { assignee: colleagues.find((c) => c.id === values.assigneeUserId)?.name ?? '' };
    },
    onMutate: () => notice.clear(),
    onSuccess: ({ assignee }, { personId }) => {
      invalidateContacts(queryClient, personId);
      form.setValues({ ...initialValues, channel: values.channel });
      // The next contact starts anonymous again.
      named.clear();
      notice.show('success', assignee ? t('contacts.form.savedWithTask', { name: assignee }) : t('contacts.form.saved'));
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      notice.showError(error);
    },
  });

  const topicLabel = (topic: { labelDa: string; labelEn: string }) => (language === 'en' ? topic.labelEn : topic.labelDa);
  return (
    <Paper withBorder radius="md" p="lg">
      <form
        noValidate
        onSubmit={form.onSubmit(
          (v) => {
            // A CPR number typed but not looked up: say so rather than record the contact as anonymous.
            if (named.naming && !named.citizen) return named.fail(t('contacts.citizen.findFirst'));
            save.mutate({ values: v, personId: named.citizen?.id });
          },
          (_errors, _values, event) => {
            const element = event?.currentTarget;
            if (element instanceof HTMLFormElement) focusWhenReady(() => firstInvalidField(element));
          },
        )}
      >
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('contacts.form.heading')}
          </Title>
          {ticketNumber && <Text fw={600}>{t('contacts.form.ticket', { number: ticketNumber })}</Text>}
          <Notice notice={notice.notice} onClose={notice.clear} />
          <ContactCitizen auth={auth} choice={named} />
          <NativeSelect
            label={t('contacts.form.channel')}
            data={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contacts.channel.${c}` as MessageKey) }))}
            {...form.getInputProps('channel')}
          />
          <NativeSelect
            label={t('contacts.form.topic')}
            withAsterisk
            data={[
              { value: '', label: t('contacts.form.topicPlaceholder'), disabled: true },
              ...topics.map((topic) => ({ value: topic.code, label: topicLabel(topic) })),
            ]}
            {...form.getInputProps('topicCode')}
          />
          <NativeSelect
            label={t('contacts.form.result')}
            data={CONTACT_RESULTS.map((r) => ({ value: r, label: t(`contacts.result.${r}` as MessageKey) }))}
            {...form.getInputProps('result')}
          />
          {values.result === 'referred' && (
            <NativeSelect
              label={t('contacts.form.authority')}
              withAsterisk
              data={[
                { value: '', label: t('contacts.form.authorityPlaceholder'), disabled: true },
                ...authorities.map((a) => ({ value: a.id, label: a.name })),
              ]}
              description={
                chosenAuthority
                  ? t('contacts.form.authorityDetails', { phone: chosenAuthority.phone, hours: chosenAuthority.openingHours })
                  : undefined
              }
              {...form.getInputProps('referralAuthorityId')}
            />
          )}
          <Textarea
            label={t('contacts.form.note')}
            description={t('contacts.form.noteHint')}
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('note')}
          />
          <Checkbox label={t('contacts.form.followUp')} {...form.getInputProps('followUp', { type: 'checkbox' })} />
          {values.followUp && (
            <Stack gap="sm" pl="lg">
              <NativeSelect
                label={t('contacts.form.assignee')}
                withAsterisk
                data={[
                  { value: '', label: t('contacts.form.assigneePlaceholder'), disabled: true },
                  ...colleagues.filter((c) => c.id !== userId).map((c) => ({ value: c.id, label: c.name })),
                  ...colleagues.filter((c) => c.id === userId).map((c) => ({ value: c.id, label: c.name })),
                ]}
                {...form.getInputProps('assigneeUserId')}
              />
              <TextInput type="date" label={t('contacts.form.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
              <TextInput label={t('contacts.form.taskText')} withAsterisk maxLength={300} {...form.getInputProps('taskText')} />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('contacts.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
