import { Radio, Stack, Text } from '@mantine/core';
import type { MitIdAuthenticatorStep as AuthenticatorData } from '@skranke/contracts';
import { MITID_AUTHENTICATOR_TEXT, MITID_AUTHENTICATORS, type MitIdAuthenticator } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

/** The identifikationsmiddel the citizen chooses. */
export function MitIdAuthenticatorStep({ initial, pending, error, onBack, onSave }: StepFormProps<AuthenticatorData>) {
  const { t, language } = useI18n();
  const [authenticator, setAuthenticator] = useState<MitIdAuthenticator | ''>(initial?.authenticator ?? '');
  const errors = fieldErrors(error, 'authenticator');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...(authenticator && { authenticator }) } as AuthenticatorData);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="mitid-authenticator-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="mitid-authenticator-heading" fz="h3" fw={700} m={0}>
          {t('mitid.authenticator.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('mitid.authenticator.label')}
          value={authenticator}
          onChange={(v) => setAuthenticator(v as MitIdAuthenticator)}
          error={errors.authenticator}
          required
        >
          <Stack gap="sm" mt="xs">
            {MITID_AUTHENTICATORS.map((a) => (
              <Radio key={a} value={a} label={MITID_AUTHENTICATOR_TEXT[a][language]} />
            ))}
          </Stack>
        </Radio.Group>
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
