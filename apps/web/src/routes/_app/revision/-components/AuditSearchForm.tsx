import { Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { AuditStaffMember, RelatedCitizen } from '@skranke/contracts';
import { CPR_PROBLEM_TEXT, parseCpr } from '@skranke/domain';
import { IconSearch } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import type { AuditCriteria } from '../../../../features/audit/queries.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from '../../../../features/audit/labels.ts';
import { lookupCitizen } from '../../../../features/citizens/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ApiError } from '../../../../lib/http.ts';

/** The purpose a CPR look-up from this page is recorded with, in the citizen's log (kept in Danish). */
export const AUDIT_LOOKUP_PURPOSE_TEXT = 'Revision: søgning i logningen';

interface AuditSearchFormProps {
  auth: AuthSession;
  staff: AuditStaffMember[];
  citizen: RelatedCitizen | null;
  onRemoveCitizen(): void;
  onSearch(criteria: AuditCriteria, citizen: RelatedCitizen | null): void;
  onReset(): void;
}

interface Errors {
  cpr?: string;
  to?: string;
}

/**
 * The CPR number lives only in this form's state and the look-up's POST body; it is resolved to the citizen's
 * opaque id, which is what the search sends. The field is emptied after every look-up.
 */
export function AuditSearchForm({ auth, staff, citizen, onRemoveCitizen, onSearch, onReset }: AuditSearchFormProps) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const [cpr, setCpr] = useState('');
  const [actorUserId, setActorUserId] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const criteria = (citizenId: string | undefined): AuditCriteria => ({
    ...(citizenId && { citizenId }),
    ...(actorUserId && { actorUserId }),
    ...(action && { action }),
    ...(from && { from }),
    ...(to && { to }),
  });

  const lookup = useMutation({
    mutationFn: (digits: string) =>
      lookupCitizen(auth, { cpr: digits, purpose: 'andet', purposeText: AUDIT_LOOKUP_PURPOSE_TEXT }),
    onSettled: () => setCpr(''),
    onSuccess: (found) => {
      const chosen = { id: found.id, name: found.name, cprMasked: found.cprMasked };
      onSearch(criteria(chosen.id), chosen);
    },
    onError: (error) => {
      const cprError = error instanceof ApiError ? error.problem?.errors?.find((e) => e.pointer === '/body/cpr') : undefined;
      if (cprError) setErrors({ cpr: cprError.detail });
      else notice.showError(error);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    const next: Errors = {};
    const typed = cpr.trim();
    const parsed = typed ? parseCpr(typed) : null;
    if (parsed && !parsed.ok) next.cpr = CPR_PROBLEM_TEXT[parsed.problem][language];
    if (from && to && to < from) next.to = t('audit.form.toBeforeFrom');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    if (typed) lookup.mutate(typed);
    else onSearch(criteria(citizen?.id), citizen);
  };

  const reset = () => {
    setCpr('');
    setActorUserId(null);
    setAction(null);
    setFrom('');
    setTo('');
    setErrors({});
    notice.clear();
    onReset();
  };

  const actionOptions = [
    {
      group: t('audit.form.actionGroups'),
      items: Object.entries(AUDIT_ACTION_GROUPS).map(([value, label]) => ({ value, label: label[language] })),
    },
    {
      group: t('audit.form.actionSingle'),
      items: Object.entries(AUDIT_ACTION_LABELS)
        .map(([value, label]) => ({ value, label: label[language] }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    },
  ];
  const staffOptions = staff.map((member) => ({
    value: member.id,
    label: member.disabled
      ? t('audit.form.staffDisabled', { name: `${member.name} (${member.username})` })
      : `${member.name} (${member.username})`,
  }));

  return (
    <Paper withBorder radius="md" p="xl">
      <form onSubmit={submit} noValidate aria-label={t('audit.form.label')}>
        <Stack gap="md">
          {citizen ? (
            <Stack gap={4}>
              <Text fw={500} size="sm" id="audit-citizen-label">
                {t('audit.form.citizen')}
              </Text>
              <Group gap="xs" aria-labelledby="audit-citizen-label" role="group">
                <Text data-testid="audit-citizen">
                  {citizen.name}, {citizen.cprMasked}
                </Text>
                <CloseButton aria-label={t('audit.form.removeCitizen')} onClick={onRemoveCitizen} />
              </Group>
            </Stack>
          ) : (
            <TextInput
              label={t('audit.form.cpr')}
              description={t('audit.form.cprHint')}
              value={cpr}
              onChange={(event) => setCpr(event.currentTarget.value)}
              error={errors.cpr}
              inputMode="numeric"
              // The number must not be remembered by the browser.
              autoComplete="off"
              spellCheck={false}
              maxLength={32}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('audit.form.staff')}
              placeholder={t('audit.form.staffPlaceholder')}
              data={staffOptions}
              value={actorUserId}
              onChange={setActorUserId}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('audit.form.clearStaff') }}
              nothingFoundMessage="–"
            />
            <Select
              label={t('audit.form.action')}
              placeholder={t('audit.form.actionPlaceholder')}
              data={actionOptions}
              value={action}
              onChange={setAction}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('audit.form.clearAction') }}
            />
            <TextInput type="date" label={t('audit.form.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
            <TextInput
              type="date"
              label={t('audit.form.to')}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={errors.to}
            />
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit" leftSection={<IconSearch size={18} aria-hidden />} loading={lookup.isPending}>
              {t('audit.form.submit')}
            </Button>
            <Button variant="default" onClick={reset}>
              {t('audit.form.reset')}
            </Button>
          </Group>
          <Notice notice={notice.notice} onClose={notice.clear} />
        </Stack>
      </form>
    </Paper>
  );
}
