import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { issueTicket } from '../../../../features/queue/actions.ts';
import { localName, ticketServiceName } from '../../../../features/queue/names.ts';
import { priorityClassesQueryOptions, servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

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
  const [serviceId, setServiceId] = useState('');
  const [classId, setClassId] = useState('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  // One key per form: a double submit or a retry after a lost answer gives the same number, not two.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const chosenService = serviceId || open[0]?.id || '';
  const chosenClass = priorityClasses.find((p) => p.id === classId);

  const close = () => {
    setOpened(false);
    setClassId('');
    setReason('');
    setReasonMissing(false);
    setIdempotencyKey(crypto.randomUUID());
  };

  const issue = useMutation({
    mutationFn: () =>
      issueTicket(
        auth,
        locationId,
        chosenService,
        idempotencyKey,
        classId ? { priorityClassId: classId, ...(reason.trim() && { priorityReason: reason.trim() }) } : undefined,
      ),
    onMutate: () => notice.clear(),
    onSuccess: ({ ticket }) => {
      notice.show('success', t('counter.issue.done', { number: ticket.displayNumber, service: ticketServiceName(ticket, language) }));
      close();
    },
    onError: notice.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosenClass?.requiresReason && !reason.trim()) return setReasonMissing(true);
    issue.mutate();
  };

  return (
    <>
      <Button variant="default" leftSection={<IconTicket size={18} aria-hidden />} onClick={() => setOpened(true)}>
        {t('counter.issue.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('counter.issue.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('counter.issue.intro')}</Text>
            <NativeSelect
              label={t('counter.issue.service')}
              value={chosenService}
              onChange={(event) => setServiceId(event.currentTarget.value)}
              data={open.map((s) => ({ value: s.id, label: `${s.prefix} · ${localName(s, language)}` }))}
              data-autofocus
            />
            <NativeSelect
              label={t('counter.issue.priority')}
              value={classId}
              onChange={(event) => {
                setClassId(event.currentTarget.value);
                setReasonMissing(false);
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
                value={reason}
                onChange={(event) => {
                  setReason(event.currentTarget.value);
                  setReasonMissing(false);
                }}
                error={reasonMissing ? t('counter.issue.reasonRequired') : undefined}
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
