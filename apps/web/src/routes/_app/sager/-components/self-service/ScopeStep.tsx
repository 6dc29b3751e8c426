import { Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { LawArea, SelfServiceScopeStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { SELF_SERVICE_SCOPE_TEXT, SELF_SERVICE_SCOPES, type SelfServiceScope } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

export type ScopeData = Static<typeof SelfServiceScopeStep>;

/** Which law area(s), and whether the exemption is for one application (described) or general for the area. */
export function ScopeStep({ initial, lawAreas, pending, error, onBack, onSave }: StepFormProps<ScopeData> & { lawAreas: LawArea[] }) {
  const { t, language } = useI18n();
  const [scope, setScope] = useState<SelfServiceScope | ''>(initial?.scope ?? '');
  const [areas, setAreas] = useState<string[]>(initial?.lawAreas ?? []);
  const [description, setDescription] = useState(initial?.applicationDescription ?? '');
  const errors = fieldErrors(error, 'scope');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({
      ...(scope && { scope }),
      lawAreas: areas,
      ...(scope === 'single_application' && description.trim() && { applicationDescription: description.trim() }),
    } as ScopeData);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="scope-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="scope-heading" fz="h3" fw={700} m={0}>
          {t('selfService.scope.heading')}
        </Text>
        <StepErrors error={error} />
        <Radio.Group
          label={t('selfService.scope.scope')}
          value={scope}
          onChange={(v) => setScope(v as SelfServiceScope)}
          error={errors.scope}
          required
        >
          <Stack gap="sm" mt="xs">
            {SELF_SERVICE_SCOPES.map((s) => (
              <Radio key={s} value={s} label={SELF_SERVICE_SCOPE_TEXT[s][language]} />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox.Group
          label={t('selfService.scope.lawAreas')}
          description={t(scope === 'single_application' ? 'selfService.scope.oneArea' : 'selfService.scope.areasHint')}
          value={areas}
          onChange={setAreas}
          error={errors.lawAreas}
          required
        >
          <Stack gap={6} mt="xs">
            {lawAreas.map((a) => (
              <Checkbox
                key={a.code}
                value={a.code}
                label={`${language === 'da' ? a.nameDa : a.nameEn}${a.udbetalingDanmark ? ' (Udbetaling Danmark)' : ''}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {scope === 'single_application' && (
          <Textarea
            label={t('selfService.scope.description')}
            description={t('selfService.scope.descriptionHint')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.applicationDescription}
            required
            maxLength={300}
            autosize
            minRows={2}
          />
        )}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
