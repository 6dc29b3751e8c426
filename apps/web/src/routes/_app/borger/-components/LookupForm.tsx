import { Button, Paper, Select, Stack, TextInput } from '@mantine/core';
import { CITIZEN_PURPOSE_LABELS, CITIZEN_PURPOSES, type CitizenPurpose, type CitizenPurposeBody, type CitizenSummary } from '@skranke/contracts';
import { CPR_PROBLEM_TEXT, parseCpr } from '@skranke/domain';
import { IconSearch } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { lookupCitizen } from '../../../../features/citizens/actions.ts';
import { isCprShaped } from '../../../../features/citizens/search.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { firstInvalidField, focusWhenReady, useFocusOnMount } from '../../../../lib/focus.ts';
import { ApiError } from '../../../../lib/http.ts';

interface LookupFormProps {
  auth: AuthSession;
  initialPurpose: CitizenPurpose | undefined;
  onFound(citizen: CitizenSummary, purpose: CitizenPurposeBody): void;
}

interface Errors {
  cpr?: string;
  purpose?: string;
  purposeText?: string;
}

/** The CPR number lives only in this form's state and the POST body; the field is emptied after every look-up. */
export function LookupForm({ auth, initialPurpose, onFound }: LookupFormProps) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const [cpr, setCpr] = useState('');
  const [purpose, setPurpose] = useState<CitizenPurpose | null>(initialPurpose ?? null);
  const [purposeText, setPurposeText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // The page's one job: the CPR field has the focus when it opens (also from a ticket's "Start ærinde").
  const cprField = useFocusOnMount<HTMLInputElement>();

  const lookup = useMutation({
    mutationFn: (body: { cpr: string } & CitizenPurposeBody) => lookupCitizen(auth, body),
    onSettled: () => setCpr(''),
    onSuccess: (citizen, { purpose: chosen, purposeText: text }) => onFound(citizen, { purpose: chosen, ...(text && { purposeText: text }) }),
    onError: (error) => {
      const cprError = error instanceof ApiError ? error.problem?.errors?.find((e) => e.pointer === '/body/cpr') : undefined;
      if (cprError) setErrors({ cpr: cprError.detail });
      else notice.showError(error);
      // The field was emptied; type the number again.
      focusWhenReady(() => cprField.current);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    const parsed = parseCpr(cpr);
    const next: Errors = {};
    if (!parsed.ok) next.cpr = CPR_PROBLEM_TEXT[parsed.problem][language];
    if (!purpose) next.purpose = t('citizen.lookup.purposeRequired');
    if (purpose === 'andet' && !purposeText.trim()) next.purposeText = t('citizen.lookup.purposeTextRequired');
    if (purpose === 'andet' && isCprShaped(purposeText)) next.purposeText = t('citizen.lookup.purposeTextNoCpr');
    setErrors(next);
    const form = event.currentTarget;
    if (Object.keys(next).length > 0) focusWhenReady(() => firstInvalidField(form));
    if (Object.keys(next).length > 0 || !purpose) return;
    lookup.mutate({ cpr: cpr.trim(), purpose, ...(purpose === 'andet' && { purposeText: purposeText.trim() }) });
  };

  return (
    <Paper withBorder radius="md" p="xl">
      <form onSubmit={submit} noValidate aria-label={t('citizen.lookup.heading')}>
        <Stack gap="md">
          <TextInput
            label={t('citizen.lookup.cpr')}
            description={t('citizen.lookup.cprHint')}
            value={cpr}
            onChange={(event) => setCpr(event.currentTarget.value)}
            error={errors.cpr}
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
            value={purpose}
            onChange={(value) => setPurpose(value as CitizenPurpose | null)}
            error={errors.purpose}
            required
            allowDeselect={false}
            size="md"
          />
          {purpose === 'andet' && (
            <TextInput
              label={t('citizen.lookup.purposeText')}
              value={purposeText}
              onChange={(event) => setPurposeText(event.currentTarget.value)}
              error={errors.purposeText}
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
