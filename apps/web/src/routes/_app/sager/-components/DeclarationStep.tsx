import { Checkbox, Stack, Text } from '@mantine/core';
import type { DigitalPostDeclarationStep } from '@skranke/contracts';
import type { Static } from '@sinclair/typebox';
import { DIGITAL_POST_GROUND_TEXT, DIGITAL_POST_GROUNDS, type DigitalPostGround } from '@skranke/domain';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../../features/cases/problem-fields.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import { StepActions, type StepFormProps } from './StepActions.tsx';
import { StepErrors } from './StepErrors.tsx';

export type DeclarationData = Static<typeof DigitalPostDeclarationStep>;

/** The signed erklæring. The grounds are optional and no documentation is asked for: none may be demanded. */
export function DeclarationStep({ initial, pending, error, onBack, onSave }: StepFormProps<DeclarationData>) {
  const { t, language } = useI18n();
  const [declarationSigned, setDeclarationSigned] = useState(initial?.declarationSigned ?? false);
  const [grounds, setGrounds] = useState<string[]>(initial?.grounds ?? []);
  const errors = fieldErrors(error, 'declaration');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ declarationSigned, ...(grounds.length > 0 && { grounds: grounds as DigitalPostGround[] }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="declaration-heading">
      <Stack gap="md" mt="lg">
        <Text component="h2" id="declaration-heading" fz="h3" fw={700} m={0}>
          {t('wizard.declaration.heading')}
        </Text>
        <StepErrors error={error} />
        <CheckboxField
          label={t('wizard.declaration.signed')}
          checked={declarationSigned}
          onChange={(event) => setDeclarationSigned(event.currentTarget.checked)}
          error={errors.declarationSigned}
          size="md"
        />
        <Checkbox.Group
          label={t('wizard.declaration.grounds')}
          description={t('wizard.declaration.groundsOptional')}
          value={grounds}
          onChange={setGrounds}
          error={errors.grounds}
        >
          <Stack gap="sm" mt="xs">
            {DIGITAL_POST_GROUNDS.map((ground) => (
              <Checkbox key={ground} value={ground} label={DIGITAL_POST_GROUND_TEXT[ground][language]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}
