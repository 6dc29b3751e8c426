import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { CitizenSummary } from '@skranke/contracts';
import { CPR_PROBLEM_TEXT, parseCpr } from '@skranke/domain';
import { IconSearch, IconUser } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { lookupCitizen } from '../../../../features/citizens/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { focusWhenReady } from '../../../../lib/focus.ts';
import { ApiError } from '../../../../lib/http.ts';

/** Whom a contact names: nobody (the default), a CPR number being typed, or a citizen found by it. */
export function useContactCitizen() {
  const [naming, setNaming] = useState(false);
  const [citizen, setCitizen] = useState<CitizenSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cprField = useRef<HTMLInputElement>(null);
  const nameButton = useRef<HTMLButtonElement>(null);
  return {
    naming,
    citizen,
    error,
    cprField,
    nameButton,
    start() {
      setNaming(true);
      setError(null);
      focusWhenReady(() => cprField.current);
    },
    found(summary: CitizenSummary) {
      setCitizen(summary);
      setError(null);
    },
    fail(message: string) {
      setError(message);
      focusWhenReady(() => cprField.current);
    },
    /** Back to an anonymous contact; `refocus` when the staff member chose it (not after a save). */
    clear(refocus = false) {
      setNaming(false);
      setCitizen(null);
      setError(null);
      if (refocus) focusWhenReady(() => nameButton.current);
    },
  };
}

export type ContactCitizenChoice = ReturnType<typeof useContactCitizen>;

/**
 * The optional "Borger" part of the contact form. The CPR number lives in this field's state and the look-up's POST
 * body only (never a URL, never kept): it is emptied after every look-up, and what stays is the citizen's opaque id,
 * name and masked number. The look-up is audited on the citizen like the Borgeropslag's (purpose "Vejledning").
 */
export function ContactCitizen({ auth, choice }: { auth: AuthSession; choice: ContactCitizenChoice }) {
  const { t, language } = useI18n();
  const [cpr, setCpr] = useState('');
  const lookup = useMutation({
    mutationFn: (number: string) => lookupCitizen(auth, { cpr: number, purpose: 'vejledning' }),
    onSettled: () => setCpr(''),
    onSuccess: (citizen) => {
      choice.found(citizen);
      focusWhenReady(() => document.getElementById('contact-citizen-found'));
    },
    onError: (error) => {
      const field = error instanceof ApiError ? error.problem?.errors?.find((e) => e.pointer === '/body/cpr') : undefined;
      choice.fail(field?.detail ?? (error instanceof Error ? error.message : String(error)));
    },
  });
  const find = () => {
    const parsed = parseCpr(cpr);
    if (!parsed.ok) return choice.fail(CPR_PROBLEM_TEXT[parsed.problem][language]);
    lookup.mutate(cpr.trim());
  };

  return (
    <Stack component="fieldset" gap="xs" m={0} p={0} style={{ border: 0 }}>
      <Text component="legend" fw={500} size="sm" p={0}>
        {t('contacts.citizen.legend')}
      </Text>
      {choice.citizen ? (
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Text id="contact-citizen-found" tabIndex={-1} role="status">
            {t('contacts.citizen.found', { name: choice.citizen.name, cpr: choice.citizen.cprMasked })}
          </Text>
          <Button variant="default" size="xs" onClick={() => choice.clear(true)}>
            {t('contacts.citizen.remove')}
          </Button>
        </Group>
      ) : choice.naming ? (
        <Stack gap="xs">
          <TextInput
            ref={choice.cprField}
            label={t('contacts.citizen.cpr')}
            description={t('contacts.citizen.cprHint')}
            value={cpr}
            onChange={(event) => setCpr(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter looks the citizen up; it must not send the contact half-made.
              if (event.key === 'Enter') {
                event.preventDefault();
                find();
              }
            }}
            error={choice.error}
            inputMode="numeric"
            // Never remembered by the browser on a shared counter machine.
            autoComplete="off"
            spellCheck={false}
            maxLength={32}
          />
          <Group gap="xs">
            <Button variant="light" leftSection={<IconSearch size={16} aria-hidden />} loading={lookup.isPending} onClick={find}>
              {t('contacts.citizen.find')}
            </Button>
            <Button variant="subtle" onClick={() => choice.clear(true)}>
              {t('contacts.citizen.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm" justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('contacts.citizen.anonymous')}
          </Text>
          <Button
            ref={choice.nameButton}
            variant="default"
            size="xs"
            leftSection={<IconUser size={16} aria-hidden />}
            onClick={choice.start}
          >
            {t('contacts.citizen.name')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
