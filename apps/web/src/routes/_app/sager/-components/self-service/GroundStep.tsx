import { Checkbox, Stack, Text, Textarea } from '@mantine/core';
import type { SelfServiceGroundStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { SELF_SERVICE_GROUND_TEXT, SELF_SERVICE_GROUNDS, type SelfServiceGround } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { StepActions, type StepFormProps } from '../StepActions.tsx';
import { StepErrors } from '../StepErrors.tsx';

export type GroundData = Static<typeof SelfServiceGroundStep>;

/** The særlige forhold the citizen states (at least one), and an optional note. */
export function GroundStep({ initial, pending, error, onBack, onSave }: StepFormProps<GroundData>) {
  const { t, language } = useI18n();
  const [grounds, setGrounds] = useState<string[]>(initial?.grounds ?? []);
  const [note, setNote] = useState(initial?.note ?? '');
  const errors = fieldErrors(error, 'ground');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ grounds: grounds as SelfServiceGround[], ...(note.trim() && { note: note.trim() }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="ground-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="ground-heading" fz="h3" fw={700} m={0}>
          {t('selfService.ground.heading')}
        </Text>
        <StepErrors error={error} />
        <Checkbox.Group label={t('selfService.ground.grounds')} value={grounds} onChange={setGrounds} error={errors.grounds} required>
          <Stack gap={6} mt="xs">
            {SELF_SERVICE_GROUNDS.map((g) => (
              <Checkbox key={g} value={g} label={SELF_SERVICE_GROUND_TEXT[g][language]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('selfService.ground.note')}
          description={t('selfService.ground.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
