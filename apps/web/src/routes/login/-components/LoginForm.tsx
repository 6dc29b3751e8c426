import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { LoginBody } from '@skranke/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
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

interface FieldErrors {
  username?: MessageKey;
  password?: MessageKey;
}

export function LoginForm({ auth, onSignedIn }: { auth: AuthSession; onSignedIn: () => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: (body: LoginBody) => auth.login(body),
    onSuccess: onSignedIn,
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!username.trim()) errors.username = 'login.usernameRequired';
    if (!password) errors.password = 'login.passwordRequired';
    setFieldErrors(errors);
    if (errors.username) return usernameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    login.mutate({ username: username.trim(), password });
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
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={fieldErrors.username && t(fieldErrors.username)}
        />
        <PasswordInput
          ref={passwordRef}
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password && t(fieldErrors.password)}
        />
        <Button type="submit" size="md" loading={login.isPending} fullWidth mt="xs">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
