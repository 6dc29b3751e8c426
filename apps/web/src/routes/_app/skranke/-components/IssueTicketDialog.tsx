import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IssueTicketBody } from '@skranke/contracts';
import { IconTicket } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { issueTicket } from '../../../../features/queue/actions.ts';
import { localName, ticketServiceName } from '../../../../features/queue/names.ts';
import { priorityClassesQueryOptions, servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

type Values = { serviceId: string; priorityClassId: string; priorityReason: string };

interface IssueTicketDialogProps {
  locationId: string;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
}

/** Staff hand out a number at the counter, with a priority class and its reason when the citizen needs one. */
export function IssueTicketDialog({ locationId, auth, notice }: IssueTicketDialogProps) {
  const { t, language } = useI18n();
  const [opened, setOpened] = useState(false);
  const { data: services = [] } = useQuery({ ...servicesQueryOptions(auth, locationId), enabled: opened });
  const { data: priorityClasses = [] } = useQuery({ ...priorityClassesQueryOptions(auth), enabled: opened });
  const open = services.filter((s) => s.active);
  const chosenServiceOf = (values: Values) => values.serviceId || open[0]?.id || '';
  const priorityOf = ({ priorityClassId, priorityReason }: Values) =>
    priorityClassId ? { priorityClassId, ...(priorityReason.trim() && { priorityReason: priorityReason.trim() }) } : undefined;
  const form = useForm<Values>({
    initialValues: { serviceId: '', priorityClassId: '', priorityReason: '' },
    validate: contractValidator<Values>(
      {
        schema: IssueTicketBody,
        body: (values) => ({ serviceId: chosenServiceOf(values), ...priorityOf(values) }),
        messages: { priorityReason: t('counter.issue.reasonRequired') },
        // Some priority classes need a reason (the class says so, not the schema).
        rules: ({ priorityClassId, priorityReason }) => ({
          priorityReason:
            priorityClasses.find((p) => p.id === priorityClassId)?.requiresReason && !priorityReason.trim()
              ? t('counter.issue.reasonRequired')
              : undefined,
        }),
      },
      language,
    ),
  });
  // One key per form: a double submit or a retry after a lost answer gives the same number, not two.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const chosenService = chosenServiceOf(form.values);
  const classId = form.values.priorityClassId;
  const chosenClass = priorityClasses.find((p) => p.id === classId);

  const close = () => {
    setOpened(false);
    form.setValues({ priorityClassId: '', priorityReason: '' });
    form.clearErrors();
    setIdempotencyKey(crypto.randomUUID());
  };

  const issue = useMutation({
    mutationFn: (values: Values) => issueTicket(auth, locationId, chosenServiceOf(values), idempotencyKey, priorityOf(values)),
    onMutate: () => notice.clear(),
    onSuccess: ({ ticket }) => {
      notice.show('success', t('counter.issue.done', { number: ticket.displayNumber, service: ticketServiceName(ticket, language) }));
      close();
    },
    onError: notice.showError,
  });

  const submit = form.onSubmit((values) => issue.mutate(values));

  return (
    <>
      <Button variant="default" leftSection={<IconTicket size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('counter.issue.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('counter.issue.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('counter.issue.intro')}</Text>
            <NativeSelect
              label={t('counter.issue.service')}
              value={chosenService}
              onChange={(event) => form.setFieldValue('serviceId', event.currentTarget.value)}
              data={open.map((s) => ({ value: s.id, label: `${s.prefix} · ${localName(s, language)}` }))}
              data-autofocus
            />
            <NativeSelect
              label={t('counter.issue.priority')}
              value={classId}
              onChange={(event) => {
                form.setFieldValue('priorityClassId', event.currentTarget.value);
                form.clearFieldError('priorityReason');
              }}
              data={[
                { value: '', label: t('counter.issue.noPriority') },
                ...priorityClasses.map((p) => ({
                  value: p.id,
                  label: t('board.priority.option', { name: localName(p, language), minutes: p.headStartMinutes }),
                })),
              ]}
            />
            {classId && (
              <Textarea
                label={t('counter.issue.reason')}
                required={chosenClass?.requiresReason ?? false}
                {...form.getInputProps('priorityReason')}
                maxLength={500}
                autosize
                minRows={2}
              />
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={issue.isPending} disabled={!chosenService}>
                {t('counter.issue.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
