import { Textarea } from '@mantine/core';
import type { LawArea, SelfServiceScopeStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { SELF_SERVICE_SCOPE_TEXT, SELF_SERVICE_SCOPES, type SelfServiceScope } from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { CheckboxChoices, choicesOf, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

export type ScopeData = Static<typeof SelfServiceScopeStep>;

/** Which law area(s), and whether the exemption is for one application (described) or general for the area. */
export function ScopeStep({ initial, lawAreas, pending, error, onBack, onSave }: StepFormProps<ScopeData> & { lawAreas: LawArea[] }) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('scope', error, {
    scope: (initial?.scope ?? '') as SelfServiceScope | '',
    lawAreas: initial?.lawAreas ?? [],
    applicationDescription: initial?.applicationDescription ?? '',
  });
  const single = values.scope === 'single_application';

  const scopeChoices = choicesOf(SELF_SERVICE_SCOPES, SELF_SERVICE_SCOPE_TEXT, language);
  const submit = form.onSubmit(({ scope, lawAreas: areas, applicationDescription: description }) =>
    onSave({
      ...(scope && { scope }),
      lawAreas: areas,
      ...(scope === 'single_application' && description.trim() && { applicationDescription: description.trim() }),
    } as ScopeData),
  );

  return (
    <StepForm id="scope" heading={t('selfService.scope.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices label={t('selfService.scope.scope')} choices={scopeChoices} {...form.getInputProps('scope')} required />
      <CheckboxChoices
        label={t('selfService.scope.lawAreas')}
        description={t(single ? 'selfService.scope.oneArea' : 'selfService.scope.areasHint')}
        choices={lawAreas.map((a) => ({
          value: a.code,
          label: `${language === 'da' ? a.nameDa : a.nameEn}${a.udbetalingDanmark ? ' (Udbetaling Danmark)' : ''}`,
        }))}
        gap={6}
        {...form.getInputProps('lawAreas')}
        required
      />
      {single && (
        <Textarea
          label={t('selfService.scope.description')}
          description={t('selfService.scope.descriptionHint')}
          {...form.getInputProps('applicationDescription')}
          required
          maxLength={300}
          autosize
          minRows={2}
        />
      )}
    </StepForm>
  );
}
