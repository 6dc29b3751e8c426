import type { DigitalPostDeclarationStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { DIGITAL_POST_GROUND_TEXT, DIGITAL_POST_GROUNDS, type DigitalPostGround } from '@skranke/domain';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import type { StepFormProps } from './StepActions.tsx';
import { CheckboxChoices, choicesOf, StepForm, useStepForm } from './StepForm.tsx';

export type DeclarationData = Static<typeof DigitalPostDeclarationStep>;

/** The signed erklæring. The grounds are optional and no documentation is asked for: none may be demanded. */
export function DeclarationStep({ initial, pending, error, onBack, onSave }: StepFormProps<DeclarationData>) {
  const { t, language } = useI18n();
  const { form } = useStepForm('declaration', error, {
    declarationSigned: initial?.declarationSigned ?? false,
    grounds: (initial?.grounds ?? []) as DigitalPostGround[],
  });

  const submit = form.onSubmit(({ declarationSigned, grounds }) => onSave({ declarationSigned, ...(grounds.length > 0 && { grounds }) }));

  return (
    <StepForm id="declaration" heading={t('wizard.declaration.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <CheckboxField label={t('wizard.declaration.signed')} {...form.getInputProps('declarationSigned', { type: 'checkbox' })} size="md" />
      <CheckboxChoices
        label={t('wizard.declaration.grounds')}
        description={t('wizard.declaration.groundsOptional')}
        choices={choicesOf(DIGITAL_POST_GROUNDS, DIGITAL_POST_GROUND_TEXT, language)}
        {...form.getInputProps('grounds')}
      />
    </StepForm>
  );
}
