import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { configFormErrors, invalidateConfig } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * Saving an admin form: the API's per-field messages land beside their fields (`errors[name]`), anything else in
 * `general` above the buttons. `submit` runs the form's own checks first and sends only when they pass.
 */
export function useConfigSave<T>(options: { queryKey: readonly string[]; save(): Promise<T>; onSaved(result: T): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: options.save,
    onSuccess: (result) => {
      invalidateConfig(queryClient, options.queryKey);
      options.onSaved(result);
    },
    onError: (error) => {
      const problem = configFormErrors(error);
      setErrors(problem.fields);
      const fallback = error instanceof TypeError ? t('queue.error.offline') : t('queue.error.unexpected');
      setGeneral(problem.general ?? (Object.keys(problem.fields).length === 0 ? fallback : null));
    },
  });
  const submit = (event: FormEvent, localErrors: Record<string, string | undefined> = {}) => {
    event.preventDefault();
    setGeneral(null);
    const found = Object.fromEntries(Object.entries(localErrors).filter((entry): entry is [string, string] => Boolean(entry[1])));
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
    else setGeneral(t('adminConfig.form.fixFields'));
  };
  return { errors, general, pending: mutation.isPending, submit };
}

interface ConfigFormDialogProps {
  title: string;
  opened: boolean;
  onClose(): void;
  onSubmit(event: FormEvent): void;
  pending: boolean;
  general: string | null;
  size?: string;
  children: ReactNode;
}

/** A dialog with one admin form: focus moves into it, Escape closes it, Enter in a field saves. */
export function ConfigFormDialog({ title, opened, onClose, onSubmit, pending, general, size = 'lg', children }: ConfigFormDialogProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('adminConfig.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
