import { Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AuditSearchQuery, type AuditStaffMember, type RelatedCitizen } from '@skranke/contracts';
import { CPR_PROBLEM_TEXT, parseCpr } from '@skranke/domain';
import { IconSearch } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import type { AuditCriteria } from '../../../../features/audit/queries.ts';
import { AUDIT_PAGE_SIZE } from '../../../../features/audit/queries.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from '../../../../features/audit/labels.ts';
import { lookupCitizen } from '../../../../features/citizens/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';
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

interface Values {
  cpr: string;
  actorUserId: string | null;
  action: string | null;
  from: string;
  to: string;
}

const INITIAL: Values = { cpr: '', actorUserId: null, action: null, from: '', to: '' };

const criteria = ({ actorUserId, action, from, to }: Values, citizenId: string | undefined): AuditCriteria => ({
  ...(citizenId && { citizenId }),
  ...(actorUserId && { actorUserId }),
  ...(action && { action }),
  ...(from && { from }),
  ...(to && { to }),
});

/**
 * The CPR number lives only in this form's state and the look-up's POST body; it is resolved to the citizen's
 * opaque id, which is what the search sends. The field is emptied after every look-up.
 */
export function AuditSearchForm({ auth, staff, citizen, onRemoveCitizen, onSearch, onReset }: AuditSearchFormProps) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const form = useForm<Values>({
    initialValues: INITIAL,
    clearInputErrorOnChange: false,
    validate: contractValidator<Values>(
      {
        // The search as it will be sent (the first page); a citizen typed by CPR is looked up first.
        schema: AuditSearchQuery,
        body: (values) => ({ ...criteria(values, citizen?.id), limit: AUDIT_PAGE_SIZE }),
        rules: ({ cpr, from, to }) => {
          const parsed = cpr.trim() ? parseCpr(cpr.trim()) : null;
          return {
            cpr: parsed && !parsed.ok ? CPR_PROBLEM_TEXT[parsed.problem][language] : undefined,
            to: from && to && to < from ? t('audit.form.toBeforeFrom') : undefined,
          };
        },
      },
      language,
    ),
  });

  const lookup = useMutation({
    mutationFn: ({ digits }: { digits: string; values: Values }) =>
      lookupCitizen(auth, { cpr: digits, purpose: 'andet', purposeText: AUDIT_LOOKUP_PURPOSE_TEXT }),
    onSettled: () => form.setFieldValue('cpr', ''),
    onSuccess: (found, { values }) => {
      const chosen = { id: found.id, name: found.name, cprMasked: found.cprMasked };
      onSearch(criteria(values, chosen.id), chosen);
    },
    onError: (error) => {
      const cprError = error instanceof ApiError ? error.problem?.errors?.find((e) => e.pointer === '/body/cpr') : undefined;
      if (cprError) form.setErrors({ cpr: cprError.detail });
      else notice.showError(error);
    },
  });

  const submit = form.onSubmit((values) => {
    const typed = values.cpr.trim();
    if (typed) lookup.mutate({ digits: typed, values });
    else onSearch(criteria(values, citizen?.id), citizen);
  });

  const reset = () => {
    form.setValues(INITIAL);
    form.clearErrors();
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
      <form
        onSubmit={(event) => {
          notice.clear();
          submit(event);
        }}
        noValidate
        aria-label={t('audit.form.label')}
      >
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
              {...form.getInputProps('cpr')}
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
              {...form.getInputProps('actorUserId')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('audit.form.clearStaff') }}
              nothingFoundMessage="–"
            />
            <Select
              label={t('audit.form.action')}
              placeholder={t('audit.form.actionPlaceholder')}
              data={actionOptions}
              {...form.getInputProps('action')}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('audit.form.clearAction') }}
            />
            <TextInput type="date" label={t('audit.form.from')} {...form.getInputProps('from')} />
            <TextInput type="date" label={t('audit.form.to')} {...form.getInputProps('to')} />
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
