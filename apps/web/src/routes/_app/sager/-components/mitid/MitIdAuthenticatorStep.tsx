import type { MitIdAuthenticatorStep as AuthenticatorData } from '@skranke/contracts';
import { MITID_AUTHENTICATOR_TEXT, MITID_AUTHENTICATORS, type MitIdAuthenticator } from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

/** The identifikationsmiddel the citizen chooses. */
export function MitIdAuthenticatorStep({ initial, pending, error, onBack, onSave }: StepFormProps<AuthenticatorData>) {
  const { t, language } = useI18n();
  const { form } = useStepForm('authenticator', error, { authenticator: (initial?.authenticator ?? '') as MitIdAuthenticator | '' });
  const authenticatorChoices = choicesOf(MITID_AUTHENTICATORS, MITID_AUTHENTICATOR_TEXT, language);
  const submit = form.onSubmit(({ authenticator }) => onSave({ ...(authenticator && { authenticator }) } as AuthenticatorData));
  return (
    <StepForm id="mitid-authenticator" heading={t('mitid.authenticator.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices
        label={t('mitid.authenticator.label')}
        choices={authenticatorChoices}
        {...form.getInputProps('authenticator')}
        required
      />
    </StepForm>
  );
}
