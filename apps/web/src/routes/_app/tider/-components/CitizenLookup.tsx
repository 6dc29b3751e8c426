import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { CITIZEN_PURPOSE_LABELS, CITIZEN_PURPOSES, type CitizenPurpose, type CitizenSummary } from '@skranke/contracts';
import { CPR_PROBLEM_TEXT, parseCpr } from '@skranke/domain';
import { useMutation } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { lookupCitizen } from '../../../../features/citizens/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/http.ts';

interface CitizenLookupProps {
  auth: AuthSession;
  /** The look-up's purpose for the chosen errand, when it maps to one. */
  initialPurpose: CitizenPurpose | undefined;
  citizen: CitizenSummary | null;
  onFound(citizen: CitizenSummary | null): void;
  /** The booking form's message for this part ("look the citizen up first"). */
  error?: string | undefined;
}

/**
 * The citizen looked up by CPR number for a booking, audited like any look-up with its purpose. The number lives only
 * in this field's state and the look-up's POST body, and the field is emptied after every look-up; the booking sends
 * the person's id. Not a <form> of its own (it sits inside the booking form): Enter in the field looks up.
 */
export function CitizenLookup({ auth, initialPurpose, citizen, onFound, error }: CitizenLookupProps) {
  const { t, language } = useI18n();
  const [cpr, setCpr] = useState('');
  // The errand's purpose until the user picks another (the errand may be chosen after this part has opened).
  const [chosenPurpose, setPurpose] = useState<CitizenPurpose | null>(null);
  const purpose = chosenPurpose ?? initialPurpose ?? 'vejledning';
  const [cprError, setCprError] = useState<string | null>(null);
  const lookup = useMutation({
    mutationFn: (number: string) => lookupCitizen(auth, { cpr: number, purpose }),
    onSettled: () => setCpr(''),
    onSuccess: (found) => onFound(found),
    onError: (failure) => {
      const detail = failure instanceof ApiError ? (failure.problem?.errors?.[0]?.detail ?? failure.problem?.detail) : undefined;
      setCprError(detail ?? t('queue.error.unexpected'));
    },
  });
  const run = () => {
    const parsed = parseCpr(cpr);
    if (!parsed.ok) {
      setCprError(CPR_PROBLEM_TEXT[parsed.problem][language]);
      return;
    }
    setCprError(null);
    lookup.mutate(cpr.trim());
  };

  if (citizen) {
    return (
      <Paper withBorder radius="md" p="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('appointments.book.found', { name: citizen.name, cpr: citizen.cprMasked })}</Text>
          <Button variant="default" size="xs" onClick={() => onFound(null)}>
            {t('appointments.book.otherCitizen')}
          </Button>
        </Group>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={t('appointments.book.cpr')}
          description={t('appointments.book.cprHint')}
          value={cpr}
          onChange={(event) => setCpr(event.currentTarget.value)}
          onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              run();
            }
          }}
          error={cprError ?? error}
          inputMode="numeric"
          // Never remembered by the browser on a shared counter machine.
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          style={{ flex: '1 1 220px' }}
        />
        <NativeSelect
          label={t('appointments.book.purpose')}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value as CitizenPurpose)}
          data={CITIZEN_PURPOSES.filter((p) => p !== 'andet').map((p) => ({ value: p, label: CITIZEN_PURPOSE_LABELS[p][language] }))}
          style={{ flex: '1 1 200px' }}
        />
      </Group>
      <div>
        <Button variant="light" onClick={run} loading={lookup.isPending}>
          {t('appointments.book.lookup')}
        </Button>
      </div>
    </Stack>
  );
}
