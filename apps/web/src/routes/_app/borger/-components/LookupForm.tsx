import { Button, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CITIZEN_PURPOSE_LABELS,
  CITIZEN_PURPOSES,
  LookupCitizenBody,
  type CitizenPurpose,
  type CitizenPurposeBody,
  type CitizenSummary,
} from '@skranke/contracts';
import { CPR_PROBLEM_TEXT, parseCpr } from '@skranke/domain';
import { IconSearch } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { lookupCitizen } from '../../../../features/citizens/actions.ts';
import { isCprShaped } from '../../../../features/citizens/search.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { firstInvalidField, focusWhenReady, useFocusOnMount } from '../../../../lib/focus.ts';
import { contractValidator } from '../../../../lib/forms.ts';
import { ApiError } from '../../../../lib/http.ts';

interface LookupFormProps {
  auth: AuthSession;
  initialPurpose: CitizenPurpose | undefined;
  onFound(citizen: CitizenSummary, purpose: CitizenPurposeBody): void;
}

interface Values {
  cpr: string;
  purpose: CitizenPurpose | null;
  purposeText: string;
}

const toBody = ({ cpr, purpose, purposeText }: Values) => ({
  cpr: cpr.trim(),
  purpose: purpose ?? undefined,
  ...(purpose === 'andet' && { purposeText: purposeText.trim() }),
});

/** The CPR number lives only in this form's state and the POST body; the field is emptied after every look-up. */
export function LookupForm({ auth, initialPurpose, onFound }: LookupFormProps) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const form = useForm<Values>({
    initialValues: { cpr: '', purpose: initialPurpose ?? null, purposeText: '' },
    clearInputErrorOnChange: false,
    validate: contractValidator(
      {
        schema: LookupCitizenBody,
        body: toBody,
        messages: { purpose: t('citizen.lookup.purposeRequired'), purposeText: t('citizen.lookup.purposeTextRequired') },
        // The domain's CPR check says what is wrong with the number (the API checks the same).
        rules: ({ cpr, purpose, purposeText }) => {
          const parsed = parseCpr(cpr);
          return {
            cpr: parsed.ok ? undefined : CPR_PROBLEM_TEXT[parsed.problem][language],
            purposeText: purpose === 'andet' && isCprShaped(purposeText) ? t('citizen.lookup.purposeTextNoCpr') : undefined,
          };
        },
      },
      language,
    ),
  });
  // The page's one job: the CPR field has the focus when it opens (also from a ticket's "Start ærinde").
  const cprField = useFocusOnMount<HTMLInputElement>();

  const lookup = useMutation({
    mutationFn: (body: { cpr: string } & CitizenPurposeBody) => lookupCitizen(auth, body),
    onSettled: () => form.setFieldValue('cpr', ''),
    onSuccess: (citizen, { purpose: chosen, purposeText: text }) =>
      onFound(citizen, { purpose: chosen, ...(text && { purposeText: text }) }),
    onError: (error) => {
      const cprError = error instanceof ApiError ? error.problem?.errors?.find((e) => e.pointer === '/body/cpr') : undefined;
      if (cprError) form.setErrors({ cpr: cprError.detail });
      else notice.showError(error);
      // The field was emptied; type the number again.
      focusWhenReady(() => cprField.current);
    },
  });

  const submit = form.onSubmit(
    (values) => lookup.mutate(toBody(values) as { cpr: string } & CitizenPurposeBody),
    (_errors, _values, event) => {
      const element = event?.currentTarget;
      if (element instanceof HTMLFormElement) focusWhenReady(() => firstInvalidField(element));
    },
  );
  const purpose = form.values.purpose;

  return (
    <Paper withBorder radius="md" p="xl">
      <form
        onSubmit={(event) => {
          notice.clear();
          submit(event);
        }}
        noValidate
        aria-label={t('citizen.lookup.heading')}
      >
        <Stack gap="md">
          <TextInput
            label={t('citizen.lookup.cpr')}
            description={t('citizen.lookup.cprHint')}
            {...form.getInputProps('cpr')}
            required
            inputMode="numeric"
            // The number must not be remembered by the browser on a shared counter machine.
            autoComplete="off"
            spellCheck={false}
            maxLength={32}
            size="md"
            ref={cprField}
          />
          <Select
            label={t('citizen.lookup.purpose')}
            description={t('citizen.lookup.purposeHint')}
            placeholder={t('citizen.lookup.purposePlaceholder')}
            data={CITIZEN_PURPOSES.map((p) => ({ value: p, label: CITIZEN_PURPOSE_LABELS[p][language] }))}
            {...form.getInputProps('purpose')}
            required
            allowDeselect={false}
            size="md"
          />
          {purpose === 'andet' && (
            <TextInput
              label={t('citizen.lookup.purposeText')}
              {...form.getInputProps('purposeText')}
              required
              maxLength={200}
              autoComplete="off"
              size="md"
            />
          )}
          <Button type="submit" size="md" leftSection={<IconSearch size={18} aria-hidden />} loading={lookup.isPending} w="fit-content">
            {t('citizen.lookup.submit')}
          </Button>
          <Notice notice={notice.notice} onClose={notice.clear} />
        </Stack>
      </form>
    </Paper>
  );
}
