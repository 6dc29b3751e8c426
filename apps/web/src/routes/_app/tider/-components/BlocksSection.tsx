import { Button, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CreateAppointmentBlockBody, type AppointmentBlock, type Service } from '@skranke/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { createAppointmentBlock, deleteAppointmentBlock } from '../../../../features/appointments/actions.ts';
import { invalidateLocationAppointments } from '../../../../features/appointments/queries.ts';
import { copenhagenDate, copenhagenInstantOf, formatDay, formatTime, todayInCopenhagen } from '../../../../features/appointments/time.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

interface BlocksSectionProps {
  auth: AuthSession;
  locationId: string;
  blocks: AppointmentBlock[];
  services: Service[];
  notice: ReturnType<typeof useNotice>;
}

/** Blocked periods from today on: a lead adds one (a course, a holiday) or removes one, after a confirmation. */
export function BlocksSection({ auth, locationId, blocks, services, notice }: BlocksSectionProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AppointmentBlock | null>(null);
  const at = (iso: string) => `${formatDay(copenhagenDate(iso), language)} ${formatTime(iso, language)}`;
  const periodOf = (block: AppointmentBlock) => t('appointments.blocks.period', { from: at(block.startsAt), to: at(block.endsAt) });
  const errandOf = (serviceId: string | null) => {
    const service = serviceId && services.find((s) => s.id === serviceId);
    return service ? (language === 'en' ? service.nameEn : service.nameDa) : t('appointments.blocks.allErrands');
  };

  const remove = useMutation({
    mutationFn: (block: AppointmentBlock) => deleteAppointmentBlock(auth, block.id),
    onMutate: () => notice.clear(),
    onSuccess: () => notice.show('success', t('appointments.blocks.deleted')),
    onError: notice.showError,
    onSettled: () => {
      invalidateLocationAppointments(queryClient, locationId);
      setRemoving(null);
    },
  });

  return (
    <section aria-labelledby="blocks-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} size="h4" id="blocks-heading">
            {t('appointments.blocks.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('appointments.blocks.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => {
            notice.clear();
            setAdding(true);
          }}
        >
          {t('appointments.blocks.add')}
        </Button>
      </Group>
      {blocks.length === 0 ? (
        <Text>{t('appointments.blocks.empty')}</Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <caption>
                <VisuallyHidden>{t('appointments.blocks.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('appointments.blocks.column.period')}</Table.Th>
                  <Table.Th scope="col">{t('appointments.blocks.column.errand')}</Table.Th>
                  <Table.Th scope="col">{t('appointments.blocks.column.reason')}</Table.Th>
                  <Table.Th scope="col">{t('appointments.column.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {blocks.map((block) => (
                  <Table.Tr key={block.id}>
                    <Table.Th scope="row" fw={500}>
                      {periodOf(block)}
                    </Table.Th>
                    <Table.Td>{errandOf(block.serviceId)}</Table.Td>
                    <Table.Td>{block.reason}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('appointments.blocks.deleteFor', { period: periodOf(block) })}
                        onClick={() => {
                          notice.clear();
                          setRemoving(block);
                        }}
                      >
                        {t('appointments.blocks.delete')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('appointments.blocks.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {removing && (
          <Stack gap="lg">
            <Text>{t('appointments.blocks.deleteBody', { period: periodOf(removing), reason: removing.reason })}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(removing)}>
                {t('appointments.blocks.deleteConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      {adding && (
        <AddBlockDialog
          auth={auth}
          locationId={locationId}
          services={services}
          onClose={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            notice.show('success', t('appointments.blocks.created'));
          }}
        />
      )}
    </section>
  );
}

interface BlockValues {
  fromDate: string;
  fromTime: string;
  toDate: string;
  toTime: string;
  serviceId: string;
  reason: string;
}

function toBody(values: BlockValues): CreateAppointmentBlockBody {
  return {
    ...(values.serviceId && { serviceId: values.serviceId }),
    startsAt: copenhagenInstantOf(values.fromDate, values.fromTime) ?? '',
    endsAt: copenhagenInstantOf(values.toDate, values.toTime) ?? '',
    reason: values.reason.trim(),
  };
}

function AddBlockDialog({
  auth,
  locationId,
  services,
  onClose,
  onCreated,
}: {
  auth: AuthSession;
  locationId: string;
  services: Service[];
  onClose(): void;
  onCreated(): void;
}) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const today = todayInCopenhagen();
  const form = useForm<BlockValues>({
    initialValues: { fromDate: today, fromTime: '08:00', toDate: today, toTime: '16:00', serviceId: '', reason: '' },
    validate: contractValidator<BlockValues>(
      {
        schema: CreateAppointmentBlockBody,
        body: toBody,
        messages: {
          reason: t('appointments.blocks.reasonRequired'),
          startsAt: t('appointments.blocks.periodInvalid'),
          endsAt: t('appointments.blocks.periodInvalid'),
        },
        rules: (values) => {
          const body = toBody(values);
          const invalid = !body.startsAt || !body.endsAt || body.endsAt <= body.startsAt;
          return { toTime: invalid ? t('appointments.blocks.periodInvalid') : undefined };
        },
      },
      language,
    ),
  });
  const create = useMutation({
    mutationFn: (body: CreateAppointmentBlockBody) => createAppointmentBlock(auth, locationId, body),
    onSuccess: () => {
      invalidateLocationAppointments(queryClient, locationId);
      onCreated();
    },
    onError: (error) => form.setFieldError('reason', error.message),
  });
  // The schema's messages are keyed by the body's fields; the period's belong under "Til kl.".
  const errors = form.errors;
  const periodError = errors.toTime ?? errors.startsAt ?? errors.endsAt;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('appointments.blocks.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form noValidate onSubmit={form.onSubmit((values) => create.mutate(toBody(values)))}>
        <Stack gap="md">
          <SimpleGrid cols={2}>
            <TextInput type="date" label={t('appointments.blocks.fromDate')} {...form.getInputProps('fromDate')} data-autofocus />
            <TextInput type="time" label={t('appointments.blocks.fromTime')} {...form.getInputProps('fromTime')} />
            <TextInput type="date" label={t('appointments.blocks.toDate')} {...form.getInputProps('toDate')} />
            <TextInput type="time" label={t('appointments.blocks.toTime')} {...form.getInputProps('toTime')} error={periodError} />
          </SimpleGrid>
          <NativeSelect
            label={t('appointments.blocks.errand')}
            data={[
              { value: '', label: t('appointments.blocks.allErrands') },
              ...services.map((s) => ({ value: s.id, label: language === 'en' ? s.nameEn : s.nameDa })),
            ]}
            {...form.getInputProps('serviceId')}
          />
          <TextInput
            label={t('appointments.blocks.reason')}
            description={t('appointments.blocks.reasonHint')}
            {...form.getInputProps('reason')}
            required
            maxLength={200}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('appointments.blocks.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
