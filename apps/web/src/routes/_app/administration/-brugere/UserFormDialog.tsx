import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Location, Role, StaffUser } from '@skranke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { auditKeys } from '../../../../features/audit/queries.ts';
import { adminUserKeys, createUser, updateUser, userFormErrors } from '../../../../features/admin/users.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

const ROLES: readonly Role[] = ['counter', 'lead', 'admin'];
const USERNAME = /^[a-z0-9._-]{2,60}$/;
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

type Field = 'username' | 'name' | 'role' | 'password' | 'locationIds';

/** Create a user (username, name, role, initial password, locations) or change one's name, role and locations. */
export function UserFormDialog({ auth, locations, user, isSelf, opened, onClose, onSaved }: UserFormDialogProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'counter');
  const [password, setPassword] = useState('');
  const [locationIds, setLocationIds] = useState<string[]>(user?.locationIds ?? []);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () =>
      user
        ? updateUser(auth, user.id, { name: name.trim(), role, locationIds })
        : createUser(auth, { username: username.trim().toLowerCase(), name: name.trim(), role, password, locationIds }),
    onSuccess: async (saved) => {
      setPassword('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminUserKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.staff() }),
      ]);
      onSaved(saved, !user);
    },
    onError: (error) => {
      const problem = userFormErrors(error);
      setErrors(problem.fields);
      setGeneral(problem.general ?? (Object.keys(problem.fields).length === 0 ? t('adminUsers.error.unexpected') : null));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const next: Partial<Record<Field, string>> = {};
    if (!user && !USERNAME.test(username.trim().toLowerCase())) next.username = t('adminUsers.form.usernameInvalid');
    if (!name.trim()) next.name = t('adminUsers.form.nameRequired');
    if (!user && password.length < MIN_PASSWORD) next.password = t('adminUsers.form.passwordShort', { count: MIN_PASSWORD });
    setErrors(next);
    if (Object.keys(next).length === 0) save.mutate();
  };

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
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={errors.username}
              required
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
              data-autofocus
            />
          )}
          <TextInput
            label={t('adminUsers.form.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            required
            autoComplete="off"
            maxLength={200}
            {...(user && { 'data-autofocus': true })}
          />
          <Radio.Group
            label={t('adminUsers.form.role')}
            description={isSelf ? t('adminUsers.form.roleSelf') : undefined}
            value={role}
            onChange={(value) => setRole(value as Role)}
            error={errors.role}
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
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.password}
              required
              autoComplete="new-password"
              maxLength={1000}
            />
          )}
          <Checkbox.Group
            label={t('adminUsers.form.locations')}
            description={t('adminUsers.form.locationsHint')}
            value={locationIds}
            onChange={setLocationIds}
            error={errors.locationIds}
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
