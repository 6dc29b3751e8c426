import { Checkbox, Radio, Stack, Text, type CheckboxGroupProps, type MantineSpacing, type RadioGroupProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { FormEventHandler, ReactNode } from 'react';
import { fieldErrors } from '../../../../features/cases/problem-fields.ts';
import type { Language } from '../../../../i18n/i18n.tsx';
import { StepActions } from './StepActions.tsx';
import { StepErrors } from './StepErrors.tsx';

/**
 * A wizard step's values on @mantine/form. The server is the judge of a step (its shape and the workflow's rules):
 * what the counter leaves out is sent as missing, and the verdict comes back per field, in the summary above the form
 * and beside each field through `getInputProps`. So the form has no checks of its own.
 */
export function useStepForm<Values extends Record<string, unknown>>(step: string, error: unknown, initialValues: Values) {
  const errors = fieldErrors(error, step);
  const form = useForm<Values>({
    initialValues,
    enhanceGetInputProps: ({ field, options }) => (options.withError ? { error: errors[String(field).split('.')[0]!] } : {}),
  });
  return { form, errors, values: form.values };
}

/** The frame every step shares: heading, the server's verdict, the fields, back and "save and continue". */
export function StepForm({
  id,
  heading,
  intro,
  error,
  pending,
  onBack,
  onSubmit,
  children,
}: {
  id: string;
  heading: string;
  /** Said before the verdict (what the step asks, in the case's terms). */
  intro?: ReactNode;
  error: unknown;
  pending: boolean;
  onBack: (() => void) | undefined;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <Stack gap="md" mt="lg">
        <Text component="h2" id={`${id}-heading`} fz="h3" fw={700} m={0}>
          {heading}
        </Text>
        {intro}
        <StepErrors error={error} />
        {children}
        <StepActions pending={pending} onBack={onBack} />
      </Stack>
    </form>
  );
}

export interface Choice {
  value: string;
  label: string;
}

type ChoicesProps<Group> = Omit<Group, 'children'> & { choices: readonly Choice[]; gap?: MantineSpacing };

function choiceList(Item: typeof Radio | typeof Checkbox, choices: readonly Choice[], gap: MantineSpacing) {
  return (
    <Stack gap={gap} mt="xs">
      {choices.map(({ value, label }) => (
        <Item key={value} value={value} label={label} />
      ))}
    </Stack>
  );
}

/** One answer of a list, as radios under the group's label. */
export const RadioChoices = ({ choices, gap = 'sm', ...group }: ChoicesProps<RadioGroupProps>) => (
  <Radio.Group {...group}>{choiceList(Radio, choices, gap)}</Radio.Group>
);

/** Any answers of a list, as checkboxes under the group's label. */
export const CheckboxChoices = ({ choices, gap = 'sm', ...group }: ChoicesProps<CheckboxGroupProps>) => (
  <Checkbox.Group {...group}>{choiceList(Checkbox, choices, gap)}</Checkbox.Group>
);

/** Values as choices, each with its label (e.g. a question's yes and no, labelled by their messages). */
export const labelled = <const Value extends string>(values: readonly Value[], label: (value: Value) => string): Choice[] =>
  values.map((value) => ({ value, label: label(value) }));

/** A code list's values with their text in the UI's language, as choices. */
export const choicesOf = <Code extends string>(codes: readonly Code[], text: Record<Code, Record<Language, string>>, language: Language) =>
  labelled(codes, (code) => text[code][language]);
