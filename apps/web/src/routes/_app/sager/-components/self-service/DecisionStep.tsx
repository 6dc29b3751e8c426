import { Radio, Stack, Text, Textarea } from '@mantine/core';
import type { LawAreaList, SelfServiceDecisionStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';
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
  const [outcome, setOutcome] = useState<Outcome | ''>(initial?.outcome ?? '');
  const defaultBasis = lawAreas.lawAreas.find((a) => chosenAreas.includes(a.code) && a.legalReference)?.legalReference ?? '';
  const [legalBasis, setLegalBasis] = useState(initial?.legalBasis ?? defaultBasis);
  const [considerations, setConsiderations] = useState(initial?.considerations ?? '');
  const errors = fieldErrors(error, 'decision');
  const refusing = outcome === 'refuse';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...(outcome && { outcome }),
      ...(refusing && { legalBasis: legalBasis.trim(), considerations: considerations.trim() }),
    } as DecisionData);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="decision-heading" fz="h3" fw={700} m={0}>
          {t('selfService.decision.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('selfService.decision.outcome')}
          value={outcome}
          onChange={(v) => setOutcome(v as Outcome)}
          error={errors.outcome}
          required
        >
          <Stack gap="sm" mt="xs">
            <Radio value="grant" label={t('selfService.decision.grant')} />
            <Radio value="refuse" label={t('selfService.decision.refuse')} />
          </Stack>
        </Radio.Group>
        {refusing && (
          <>
            <Text>{t('selfService.decision.reasonsIntro')}</Text>
            <Textarea
              label={t('selfService.decision.legalBasis')}
              description={t('selfService.decision.legalBasisHint')}
              value={legalBasis}
              onChange={(e) => setLegalBasis(e.currentTarget.value)}
              error={errors.legalBasis}
              required
              maxLength={1000}
              autosize
              minRows={2}
            />
            <Textarea
              label={t('selfService.decision.considerations')}
              description={t('selfService.decision.considerationsHint')}
              value={considerations}
              onChange={(e) => setConsiderations(e.currentTarget.value)}
              error={errors.considerations}
              required
              maxLength={4000}
              autosize
              minRows={3}
            />
            <AppealGuidancePreview lawAreas={lawAreas} chosen={chosenAreas} />
          </>
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
