import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CreateUserBody, UpdateUserBody, type Location, type Role, type StaffUser } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { auditKeys } from '../../../../features/audit/queries.ts';
import { adminUserKeys, createUser, updateUser, userFormErrors } from '../../../../features/admin/users.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

const ROLES: readonly Role[] = ['counter', 'lead', 'admin'];
const MIN_PASSWORD = 12;

interface UserFormDialogProps {
  auth: AuthSession;
  locations: Location[];
  /** The user to change; without one the dialog creates a user. */
  user: StaffUser | null;
  /** The signed-in admin may not take away their own admin role. */
  isSelf: boolean;
  opened: boolean;
  onClose(): void;
  onSaved(user: StaffUser, created: boolean): void;
}

interface UserFormValues {
  username: string;
  name: string;
  role: Role;
  password: string;
  locationIds: string[];
}

/** What the dialog sends: a new user's whole record, or a user's changed name, role and locations. */
const toBody = (values: UserFormValues, creating: boolean) =>
  creating
    ? { ...values, username: values.username.trim().toLowerCase(), name: values.name.trim() }
    : { name: values.name.trim(), role: values.role, locationIds: values.locationIds };

/** Create a user (username, name, role, initial password, locations) or change one's name, role and locations. */
export function UserFormDialog({ auth, locations, user, isSelf, opened, onClose, onSaved }: UserFormDialogProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm<UserFormValues>({
    initialValues: {
      username: '',
      name: user?.name ?? '',
      role: user?.role ?? 'counter',
      password: '',
      locationIds: user?.locationIds ?? [],
    },
    clearInputErrorOnChange: false,
    validate: contractValidator(
      {
        schema: user ? UpdateUserBody : CreateUserBody,
        body: (values) => toBody(values, !user),
        messages: {
          username: t('adminUsers.form.usernameInvalid'),
          name: t('adminUsers.form.nameRequired'),
          password: t('adminUsers.form.passwordShort', { count: MIN_PASSWORD }),
        },
      },
      language,
    ),
  });
  const [general, setGeneral] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (values: UserFormValues) =>
      user ? updateUser(auth, user.id, toBody(values, false)) : createUser(auth, toBody(values, true) as CreateUserBody),
    onSuccess: async (saved) => {
      form.setFieldValue('password', '');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminUserKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.staff() }),
      ]);
      onSaved(saved, !user);
    },
    onError: (error) => {
      const problem = userFormErrors(error);
      form.setErrors(problem.fields);
      setGeneral(problem.general ?? (Object.keys(problem.fields).length === 0 ? t('adminUsers.error.unexpected') : null));
    },
  });

  const submit = form.onSubmit(
    (values) => {
      setGeneral(null);
      save.mutate(values);
    },
    () => setGeneral(null),
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={user ? t('adminUsers.form.editTitle', { name: user.name }) : t('adminUsers.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!user && (
            <TextInput
              label={t('adminUsers.form.username')}
              description={t('adminUsers.form.usernameHint')}
              {...form.getInputProps('username')}
              required
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
              data-autofocus
            />
          )}
          <TextInput
            label={t('adminUsers.form.name')}
            {...form.getInputProps('name')}
            required
            autoComplete="off"
            maxLength={200}
            {...(user && { 'data-autofocus': true })}
          />
          <Radio.Group
            label={t('adminUsers.form.role')}
            description={isSelf ? t('adminUsers.form.roleSelf') : undefined}
            {...form.getInputProps('role')}
          >
            <Group gap="lg" mt="xs">
              {ROLES.map((value) => (
                <Radio key={value} value={value} label={t(`role.${value}`)} disabled={isSelf && value !== 'admin'} />
              ))}
            </Group>
          </Radio.Group>
          {!user && (
            <PasswordInput
              label={t('adminUsers.form.password')}
              description={t('adminUsers.form.passwordHint', { count: MIN_PASSWORD })}
              {...form.getInputProps('password')}
              required
              autoComplete="new-password"
              maxLength={1000}
            />
          )}
          <Checkbox.Group
            label={t('adminUsers.form.locations')}
            description={t('adminUsers.form.locationsHint')}
            {...form.getInputProps('locationIds')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {locations.map((location) => (
                <Checkbox key={location.id} value={location.id} label={location.name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? t('adminUsers.form.save') : t('adminUsers.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
