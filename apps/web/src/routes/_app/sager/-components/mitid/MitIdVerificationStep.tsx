import { Alert, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { MitIdVerificationSaved, MitIdVerificationStep as VerificationData } from '@skranke/contracts';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

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
  const [method, setMethod] = useState<Method | ''>(initial?.method ?? '');
  const [passed, setPassed] = useState<'yes' | 'no' | ''>(
    initial?.method === 'control_questions' ? (initial.controlQuestionsPassed ? 'yes' : 'no') : '',
  );
  const [cpr, setCpr] = useState('');
  const [photoId, setPhotoId] = useState(initial?.method === 'witness' ? initial.witnessPhotoIdShown : false);
  const [ownMitId, setOwnMitId] = useState(initial?.method === 'witness' ? initial.witnessMitIdConfirmed : false);
  const errors = fieldErrors(error, 'verification');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (method === 'witness') {
      onSave({ method, witnessCpr: cpr.trim(), witnessPhotoIdShown: photoId, witnessMitIdConfirmed: ownMitId });
    } else {
      onSave({ ...(method && { method }), ...(passed && { controlQuestionsPassed: passed === 'yes' }) } as VerificationData);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="mitid-verification-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="mitid-verification-heading" fz="h3" fw={700} m={0}>
          {t('mitid.verification.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('mitid.verification.method')}
          value={method}
          onChange={(v) => setMethod(v as Method)}
          error={errors.method}
          required
        >
          <Stack gap="sm" mt="xs">
            <Radio value="control_questions" label={t('mitid.verification.method.control_questions')} />
            <Radio value="witness" label={t('mitid.verification.method.witness')} />
          </Stack>
        </Radio.Group>
        {method === 'control_questions' && (
          <Radio.Group
            label={t('mitid.verification.passed')}
            value={passed}
            onChange={(v) => setPassed(v as 'yes' | 'no')}
            error={errors.controlQuestionsPassed}
            required
          >
            <Stack gap="sm" mt="xs">
              <Radio value="yes" label={t('mitid.verification.passed.yes')} />
              <Radio value="no" label={t('mitid.verification.passed.no')} />
            </Stack>
          </Radio.Group>
        )}
        {method === 'witness' && (
          <>
            {initial?.method === 'witness' && (
              <Alert variant="light">
                {t('mitid.verification.savedWitness', { name: initial.witnessName, cpr: initial.witnessCprMasked })}
              </Alert>
            )}
            <TextInput
              label={t('mitid.verification.witnessCpr')}
              description={t('mitid.verification.witnessCprHint')}
              value={cpr}
              onChange={(e) => setCpr(e.currentTarget.value)}
              error={errors.witnessCpr}
              required
              inputMode="numeric"
              autoComplete="off"
              maxLength={11}
            />
            <CheckboxField
              label={t('mitid.verification.witnessPhotoId')}
              checked={photoId}
              onChange={(e) => setPhotoId(e.currentTarget.checked)}
              error={errors.witnessPhotoIdShown}
            />
            <CheckboxField
              label={t('mitid.verification.witnessMitId')}
              checked={ownMitId}
              onChange={(e) => setOwnMitId(e.currentTarget.checked)}
              error={errors.witnessMitIdConfirmed}
            />
          </>
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
