import { Text, Textarea } from '@mantine/core';
import type { LawAreaList, SelfServiceDecisionStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { useUnsavedChangesGuard } from '../../../../../lib/unsaved-changes.ts';
import type { StepFormProps } from '../StepActions.tsx';
import { labelled, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';
import { AppealGuidancePreview } from './AppealGuidancePreview.tsx';

export type DecisionData = Static<typeof SelfServiceDecisionStep>;
type Outcome = DecisionData['outcome'];

/** Grant, or refuse with a begrundelse: the legal basis and the main considerations (forvaltningsloven § 22). */
export function DecisionStep({
  initial,
  lawAreas,
  chosenAreas,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<DecisionData> & { lawAreas: LawAreaList; chosenAreas: string[] }) {
  const { t } = useI18n();
  const defaultBasis = lawAreas.lawAreas.find((a) => chosenAreas.includes(a.code) && a.legalReference)?.legalReference ?? '';
  const { form, values } = useStepForm('decision', error, {
    outcome: (initial?.outcome ?? '') as Outcome | '',
    legalBasis: initial?.legalBasis ?? defaultBasis,
    considerations: initial?.considerations ?? '',
  });
  // The begrundelse can be long work: leaving the case page before it is saved asks first.
  useUnsavedChangesGuard(form.isDirty(), t('selfService.decision.unsavedChanges'));
  const refusing = values.outcome === 'refuse';

  const outcomeChoices = labelled(['grant', 'refuse'], (outcome) => t(`selfService.decision.${outcome}`));
  const submit = form.onSubmit(({ outcome, legalBasis, considerations }) =>
    onSave({
      ...(outcome && { outcome }),
      ...(outcome === 'refuse' && { legalBasis: legalBasis.trim(), considerations: considerations.trim() }),
    } as DecisionData),
  );

  return (
    <StepForm id="decision" heading={t('selfService.decision.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('selfService.decision.outcome')} choices={outcomeChoices} {...form.getInputProps('outcome')} required />
      {refusing && (
        <>
          <Text>{t('selfService.decision.reasonsIntro')}</Text>
          <Textarea
            label={t('selfService.decision.legalBasis')}
            description={t('selfService.decision.legalBasisHint')}
            {...form.getInputProps('legalBasis')}
            required
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('selfService.decision.considerations')}
            description={t('selfService.decision.considerationsHint')}
            {...form.getInputProps('considerations')}
            required
            maxLength={4000}
            autosize
            minRows={3}
          />
          <AppealGuidancePreview lawAreas={lawAreas} chosen={chosenAreas} />
        </>
      )}
    </StepForm>
  );
}
