import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { StaffUser } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { adminUserKeys, updateUser } from '../../../../features/admin/users.ts';
import { auditKeys } from '../../../../features/audit/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface DisableUserDialogProps {
  auth: AuthSession;
  user: StaffUser;
  opened: boolean;
  onClose(): void;
  onDone(user: StaffUser): void;
}

/** Disabling ends every session of the user at once (the API revokes them in the same transaction): say so first. */
export function DisableUserDialog({ auth, user, opened, onClose, onDone }: DisableUserDialogProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const disable = useMutation({
    mutationFn: () => updateUser(auth, user.id, { disabled: true }),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminUserKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.staff() }),
      ]);
      onDone(saved);
    },
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('adminUsers.disable.title', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('adminUsers.disable.body', { name: user.name })}</Text>
        {disable.isError && (
          <Alert color="red" variant="light" role="alert">
            {disable.error.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={disable.isPending} onClick={() => disable.mutate()}>
            {t('adminUsers.disable.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
