import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { Appointment } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import type { useNotice } from '../../../../components/Notice/Notice.tsx';
import { cancelAppointmentByStaff } from '../../../../features/appointments/actions.ts';
import { invalidateLocationAppointments } from '../../../../features/appointments/queries.ts';
import { formatTime } from '../../../../features/appointments/time.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface CancelDialogProps {
  /** The booking to cancel; null when the dialog is closed. */
  appointment: Appointment | null;
  auth: AuthSession;
  notice: ReturnType<typeof useNotice>;
  onClose(): void;
}

/** A cancellation frees the time for others at once, so it asks first, with a reason for the log. */
export function CancelDialog({ appointment, auth, notice, onClose }: CancelDialogProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const cancel = useMutation({
    mutationFn: (target: Appointment) =>
      cancelAppointmentByStaff(auth, target.id, { expectedVersion: target.version, reason: reason.trim() }),
    onSuccess: (cancelled) => {
      notice.show('success', t('appointments.cancel.done', { time: formatTime(cancelled.startsAt, language), name: cancelled.name }));
    },
    onError: notice.showError,
    onSettled: (_data, _error, target) => {
      invalidateLocationAppointments(queryClient, target.locationId);
      close();
    },
  });

  const time = appointment ? formatTime(appointment.startsAt, language) : '';
  return (
    <Modal
      opened={appointment !== null}
      onClose={close}
      title={t('appointments.cancel.title', { time })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {appointment && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) {
              setError(t('appointments.cancel.reasonRequired'));
              return;
            }
            cancel.mutate(appointment);
          }}
        >
          <Stack gap="md">
            <Text>
              {t('appointments.cancel.body', {
                name: appointment.name,
                errand: language === 'en' ? appointment.serviceNameEn : appointment.serviceNameDa,
              })}
            </Text>
            <Textarea
              label={t('appointments.cancel.reason')}
              description={t('appointments.cancel.reasonHint')}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              required
              maxLength={300}
              autosize
              minRows={2}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('appointments.cancel.keep')}
              </Button>
              <Button type="submit" color="red.9" loading={cancel.isPending}>
                {t('appointments.cancel.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
