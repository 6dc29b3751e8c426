import { Textarea } from '@mantine/core';
import type { SelfServiceGroundStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { SELF_SERVICE_GROUND_TEXT, SELF_SERVICE_GROUNDS, type SelfServiceGround } from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { CheckboxChoices, choicesOf, StepForm, useStepForm } from '../StepForm.tsx';

export type GroundData = Static<typeof SelfServiceGroundStep>;

/** The særlige forhold the citizen states (at least one), and an optional note. */
export function GroundStep({ initial, pending, error, onBack, onSave }: StepFormProps<GroundData>) {
  const { t, language } = useI18n();
  const { form } = useStepForm('ground', error, {
    grounds: (initial?.grounds ?? []) as SelfServiceGround[],
    note: initial?.note ?? '',
  });
  const submit = form.onSubmit(({ grounds, note }) => onSave({ grounds, ...(note.trim() && { note: note.trim() }) }));

  return (
    <StepForm id="ground" heading={t('selfService.ground.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <CheckboxChoices
        label={t('selfService.ground.grounds')}
        choices={choicesOf(SELF_SERVICE_GROUNDS, SELF_SERVICE_GROUND_TEXT, language)}
        gap={6}
        {...form.getInputProps('grounds')}
        required
      />
      <Textarea
        label={t('selfService.ground.note')}
        description={t('selfService.ground.noteHint')}
        {...form.getInputProps('note')}
        maxLength={1000}
        autosize
        minRows={2}
      />
    </StepForm>
  );
}
