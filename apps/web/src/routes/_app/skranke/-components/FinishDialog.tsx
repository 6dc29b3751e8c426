import { Button, Checkbox, Group, Modal, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FinishTicketBody, type CounterSession, type Ticket } from '@skranke/contracts';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { localName } from '../../../../features/queue/names.ts';
import { servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

type Outcome = FinishTicketBody['outcome'];
const OUTCOMES: Outcome[] = ['completed', 'partly', 'referred', 'not_possible'];

interface FinishDialogProps {
  opened: boolean;
  onClose(): void;
  ticket: Ticket;
  session: CounterSession;
  auth: AuthSession;
  pending: boolean;
  onSubmit(result: Omit<FinishTicketBody, 'expectedVersion'>): void;
}

/** How it went, and which services were actually delivered (often more than the one the citizen queued for). */
export function FinishDialog({ opened, onClose, ticket, session, auth, pending, onSubmit }: FinishDialogProps) {
  const { t, language } = useI18n();
  const { data: services = [] } = useQuery({ ...servicesQueryOptions(auth, session.locationId), enabled: opened });
  const form = useForm<{ outcome: Outcome; deliveredServiceIds: string[] }>({
    initialValues: { outcome: 'completed', deliveredServiceIds: [ticket.serviceId] },
    validate: contractValidator({ schema: FinishTicketBody, body: (values) => ({ expectedVersion: ticket.version, ...values }) }, language),
  });
  const submit = form.onSubmit((values) => onSubmit(values));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('counter.finish.title', { number: ticket.displayNumber })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Radio.Group label={t('counter.finish.outcome')} {...form.getInputProps('outcome')}>
            <Stack gap="xs" mt="xs">
              {OUTCOMES.map((value) => (
                <Radio key={value} value={value} label={t(`counter.finish.outcome.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Checkbox.Group label={t('counter.finish.delivered')} {...form.getInputProps('deliveredServiceIds')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {services.map((service) => (
                <Checkbox key={service.id} value={service.id} label={localName(service, language)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {/* Opens on the primary action, so Enter finishes (it used to open on ×, and Enter closed the dialog). */}
            <Button type="submit" loading={pending} data-autofocus>
              {t('counter.finish.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
