import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { TransferTicketBody, type CounterSession, type Ticket } from '@skranke/contracts';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { localName } from '../../../../features/queue/names.ts';
import { staffedCounters } from '../../../../features/queue/presence.ts';
import { boardQueryOptions, servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

type Values = { serviceId: string; counterId: string; note: string };
const toTarget = ({ serviceId, counterId, note }: Values) => ({
  ...(serviceId && { serviceId }),
  ...(counterId && { counterId }),
  ...(note.trim() && { note: note.trim() }),
});

interface TransferDialogProps {
  opened: boolean;
  onClose(): void;
  ticket: Ticket;
  session: CounterSession;
  auth: AuthSession;
  pending: boolean;
  onSubmit(target: Omit<TransferTicketBody, 'expectedVersion'>): void;
}

/** Send the citizen on to another service and/or a named counter; they keep their place in the queue. */
export function TransferDialog({ opened, onClose, ticket, session, auth, pending, onSubmit }: TransferDialogProps) {
  const { t, language } = useI18n();
  const { data: services = [] } = useQuery({ ...servicesQueryOptions(auth, session.locationId), enabled: opened });
  // Only counters with someone at them: a ticket sent to an empty counter would wait for nobody.
  const { data: board } = useQuery({ ...boardQueryOptions(auth, session.locationId), enabled: opened });
  const counters = staffedCounters(board, session.counterId);
  const form = useForm<Values>({
    initialValues: { serviceId: '', counterId: '', note: '' },
    validate: contractValidator<Values>(
      {
        schema: TransferTicketBody,
        body: (values) => ({ expectedVersion: ticket.version, ...toTarget(values) }),
        // Somewhere to send the citizen: the schema has both optional, the errand needs one of them.
        rules: ({ serviceId, counterId }) => ({ counterId: !serviceId && !counterId ? t('counter.transfer.required') : undefined }),
      },
      language,
    ),
  });
  const submit = form.onSubmit((values) => onSubmit(toTarget(values)));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('counter.transfer.title', { number: ticket.displayNumber })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('counter.transfer.intro')}</Text>
          <NativeSelect
            label={t('counter.transfer.service')}
            {...form.getInputProps('serviceId')}
            onChange={(event) => {
              form.setFieldValue('serviceId', event.currentTarget.value);
              form.clearFieldError('counterId');
            }}
            data={[
              { value: '', label: t('counter.transfer.sameService') },
              ...services
                .filter((s) => s.id !== ticket.serviceId)
                .map((s) => ({ value: s.id, label: `${s.prefix} · ${localName(s, language)}` })),
            ]}
          />
          <NativeSelect
            label={t('counter.transfer.counter')}
            {...form.getInputProps('counterId')}
            data={[{ value: '', label: t('counter.transfer.anyCounter') }, ...counters.map((c) => ({ value: c.counterId, label: c.name }))]}
            description={t('counter.transfer.onlyStaffed')}
          />
          <Textarea label={t('counter.transfer.note')} {...form.getInputProps('note')} maxLength={500} autosize minRows={2} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('counter.transfer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
