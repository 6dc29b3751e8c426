import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { LoginBody } from '@skranke/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { AuthSession } from '../../../auth/session.ts';
import type { MessageKey } from '../../../i18n/da.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/http.ts';

function loginErrorMessage(error: unknown): MessageKey {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'login.error.rateLimited';
    // 400 only comes from input the form lets through (e.g. 1000+ characters): to the user it is just wrong.
    if (error.status === 401 || error.status === 400) return 'login.error.invalid';
    return 'login.error.unexpected';
  }
  // fetch rejects with a TypeError when the network or server is unreachable.
  return error instanceof TypeError ? 'login.error.unreachable' : 'login.error.unexpected';
}

/**
 * The sign-in form checks only that both fields are filled, not the whole LoginBody schema: the first page most users
 * see should not load TypeBox's checker, and input past the schema's limits is simply a wrong sign-in (400 above).
 * The errors are message keys, translated when shown, so they follow a change of language.
 */
const required = (key: MessageKey) => (value: string) => (value.trim() ? null : key);

export function LoginForm({ auth, onSignedIn }: { auth: AuthSession; onSignedIn: () => void }) {
  const { t } = useI18n();
  const form = useForm({
    initialValues: { username: '', password: '' },
    clearInputErrorOnChange: false,
    validate: { username: required('login.usernameRequired'), password: (value) => (value ? null : 'login.passwordRequired') },
  });
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: (body: LoginBody) => auth.login(body),
    onSuccess: onSignedIn,
    onError: () => {
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    },
  });

  const submit = form.onSubmit(
    ({ username, password }) => login.mutate({ username: username.trim(), password }),
    (errors) => (errors.username ? usernameRef : passwordRef).current?.focus(),
  );
  const fieldError = (field: 'username' | 'password') => {
    const key = form.errors[field];
    return typeof key === 'string' ? t(key as MessageKey) : undefined;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {login.isError && (
          // Keyed by submission, so a repeated error is announced again.
          <Alert key={login.submittedAt} color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {t(loginErrorMessage(login.error))}
          </Alert>
        )}
        <TextInput
          ref={usernameRef}
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...form.getInputProps('username')}
          error={fieldError('username')}
        />
        <PasswordInput
          ref={passwordRef}
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
          error={fieldError('password')}
        />
        <Button type="submit" size="md" loading={login.isPending} fullWidth mt="xs">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
