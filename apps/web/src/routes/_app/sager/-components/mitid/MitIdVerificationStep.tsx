import { Alert, TextInput } from '@mantine/core';
import type { MitIdVerificationSaved, MitIdVerificationStep as VerificationData } from '@skranke/contracts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { labelled, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

type Method = VerificationData['method'];

/**
 * Control questions, or a witness named by CPR number. The number goes to the server in the request body and is not
 * kept: the saved step holds the witness's name and masked number, so it is typed again to change the witness.
 */
export function MitIdVerificationStep({
  initial,
  pending,
  error,
  onBack,
  onSave,
}: Omit<StepFormProps<VerificationData>, 'initial'> & { initial: MitIdVerificationSaved | undefined }) {
  const { t } = useI18n();
  const witness = initial?.method === 'witness' ? initial : undefined;
  const { form, values } = useStepForm('verification', error, {
    method: (initial?.method ?? '') as Method | '',
    controlQuestionsPassed: (initial?.method === 'control_questions' ? (initial.controlQuestionsPassed ? 'yes' : 'no') : '') as
      'yes' | 'no' | '',
    witnessCpr: '',
    witnessPhotoIdShown: witness?.witnessPhotoIdShown ?? false,
    witnessMitIdConfirmed: witness?.witnessMitIdConfirmed ?? false,
  });

  const methodChoices = labelled(['control_questions', 'witness'], (method) => t(`mitid.verification.method.${method}`));
  const passedChoices = labelled(['yes', 'no'], (answer) => t(`mitid.verification.passed.${answer}`));
  const submit = form.onSubmit(({ method, controlQuestionsPassed: passed, witnessCpr, witnessPhotoIdShown, witnessMitIdConfirmed }) =>
    method === 'witness'
      ? onSave({ method, witnessCpr: witnessCpr.trim(), witnessPhotoIdShown, witnessMitIdConfirmed })
      : onSave({ ...(method && { method }), ...(passed && { controlQuestionsPassed: passed === 'yes' }) } as VerificationData),
  );

  return (
    <StepForm id="mitid-verification" heading={t('mitid.verification.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('mitid.verification.method')} choices={methodChoices} {...form.getInputProps('method')} required />
      {values.method === 'control_questions' && (
        <RadioChoices
          label={t('mitid.verification.passed')}
          choices={passedChoices}
          {...form.getInputProps('controlQuestionsPassed')}
          required
        />
      )}
      {values.method === 'witness' && (
        <>
          {witness && (
            <Alert variant="light">
              {t('mitid.verification.savedWitness', { name: witness.witnessName, cpr: witness.witnessCprMasked })}
            </Alert>
          )}
          <TextInput
            label={t('mitid.verification.witnessCpr')}
            description={t('mitid.verification.witnessCprHint')}
            {...form.getInputProps('witnessCpr')}
            required
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
          />
          <CheckboxField
            label={t('mitid.verification.witnessPhotoId')}
            {...form.getInputProps('witnessPhotoIdShown', { type: 'checkbox' })}
          />
          <CheckboxField
            label={t('mitid.verification.witnessMitId')}
            {...form.getInputProps('witnessMitIdConfirmed', { type: 'checkbox' })}
          />
        </>
      )}
    </StepForm>
  );
}
