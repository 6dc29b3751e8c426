import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Device } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { adminDeviceKeys, revokeDevice } from '../../../../features/admin/devices.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** Revoking stops the key and ends the device's sessions at once: confirmed first. */
export function RevokeDeviceDialog({
  auth,
  device,
  onClose,
  onDone,
}: {
  auth: AuthSession;
  device: Device;
  onClose(): void;
  onDone(device: Device): void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeDevice(auth, device.id),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: adminDeviceKeys.all });
      onDone(saved);
    },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('adminDevices.revoke.title', { name: device.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('adminDevices.revoke.body')}</Text>
        {revoke.isError && (
          <Alert color="red" variant="light" role="alert">
            {revoke.error.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('adminDevices.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
