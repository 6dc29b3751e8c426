import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { configFormErrors, invalidateConfig } from '../../../../features/admin/config.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator, type ContractCheck } from '../../../../lib/forms.ts';

interface ConfigFormOptions<Values, Result> {
  initialValues: Values;
  /** The operation's body schema and the form's own rules and sentences. */
  check: ContractCheck<Values>;
  queryKey: readonly string[];
  save(values: Values): Promise<Result>;
  onSaved(result: Result): void;
}

/**
 * An admin form: its values checked against the operation's body schema before anything is sent; the API's
 * per-field messages land beside their fields (`form.errors[name]`), anything else in `general` above the buttons.
 */
export function useConfigForm<Values extends Record<string, unknown>, Result>(options: ConfigFormOptions<Values, Result>) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: options.initialValues,
    // Messages stay until the next save, as the API's do.
    clearInputErrorOnChange: false,
    validate: contractValidator(options.check, language),
  });
  const [general, setGeneral] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: options.save,
    onSuccess: (result) => {
      invalidateConfig(queryClient, options.queryKey);
      options.onSaved(result);
    },
    onError: (error) => {
      const problem = configFormErrors(error);
      form.setErrors(problem.fields);
      const fallback = error instanceof TypeError ? t('queue.error.offline') : t('queue.error.unexpected');
      setGeneral(problem.general ?? (Object.keys(problem.fields).length === 0 ? fallback : null));
    },
  });
  const onSubmit = form.onSubmit(
    (values) => {
      setGeneral(null);
      mutation.mutate(values);
    },
    () => setGeneral(t('adminConfig.form.fixFields')),
  );
  return { form, general, pending: mutation.isPending, onSubmit };
}

interface ConfigFormDialogProps {
  title: string;
  opened: boolean;
  onClose(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
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
