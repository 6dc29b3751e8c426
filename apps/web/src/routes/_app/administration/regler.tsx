import { Alert, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { UpdateRuleValuesBody, type RuleValues } from '@skranke/contracts';
import {
  MITID_APPEAL_BODY_MAX_LENGTH,
  mitidAppealBodyProblems,
  ruleValueProblems,
  RULE_VALUE_LIMITS,
  type RuleValueName,
} from '@skranke/domain';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { Notice, useNotice } from '../../../components/Notice/Notice.tsx';
import {
  configFormErrors,
  configKeys,
  invalidateConfig,
  ruleValuesQueryOptions,
  updateRuleValues,
} from '../../../features/admin/config.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { contractValidator } from '../../../lib/forms.ts';
import { useUnsavedChangesGuard } from '../../../lib/unsaved-changes.ts';
import type { MessageKey } from '../../../i18n/da.ts';
import { ConfigPage } from './-config/ConfigPage.tsx';

/** Regelværdier: the municipality's configurable rule values on one form; only what changed is sent and audited. */
export const Route = createFileRoute('/_app/administration/regler')({
  loader: ({ context }) => context.queryClient.ensureQueryData(ruleValuesQueryOptions(context.auth)),
  component: AdminRulesPage,
});

const GROUPS: readonly { legend: MessageKey; hint: MessageKey; fields: readonly RuleValueName[] }[] = [
  {
    legend: 'adminConfig.rules.queue',
    hint: 'adminConfig.rules.queueHint',
    fields: ['fairnessBoundMinutes', 'recallLimit', 'handlingSampleSize', 'counterStaleSeconds', 'displayRecentCallMinutes'],
  },
  { legend: 'adminConfig.rules.traffic', hint: 'adminConfig.rules.trafficHint', fields: ['trafficYellowMinutes', 'trafficRedMinutes'] },
  { legend: 'adminConfig.rules.appeal', hint: 'adminConfig.rules.appealHint', fields: ['appealPeriodCount'] },
  {
    legend: 'adminConfig.rules.retention',
    hint: 'adminConfig.rules.retentionHint',
    fields: ['retentionDecisionsYears', 'retentionLookupsMonths'],
  },
  {
    legend: 'adminConfig.rules.witness',
    hint: 'adminConfig.rules.witnessHint',
    fields: ['witnessMinMitidDays', 'witnessMaxActs', 'witnessWindowDays'],
  },
  { legend: 'adminConfig.rules.mitidAppeal', hint: 'adminConfig.rules.mitidAppealHint', fields: ['mitidAppealPeriodWeeks'] },
];

type Draft = Record<RuleValueName, string | number> & { appealPeriodUnit: RuleValues['appealPeriodUnit']; mitidAppealBody: string };

/** What is sent: only the values that differ from the saved ones. */
function changedValues(draft: Draft, saved: RuleValues): UpdateRuleValuesBody {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    const next =
      key === 'mitidAppealBody'
        ? String(value).trim()
        : key === 'appealPeriodUnit'
          ? value
          : typeof value === 'number'
            ? value
            : Number.NaN;
    if (next !== saved[key as keyof RuleValues]) body[key] = next;
  }
  return body as UpdateRuleValuesBody;
}

/** The domain's rules over what changed, with their Danish sentences (the API checks the same). */
function ruleProblems(body: UpdateRuleValuesBody, saved: RuleValues): Record<string, string> {
  const { appealPeriodUnit: _unit, mitidAppealBody, ...numbers } = body;
  const problems = [
    ...ruleValueProblems(numbers, saved),
    ...(mitidAppealBody === undefined ? [] : mitidAppealBodyProblems(mitidAppealBody)),
  ];
  return Object.fromEntries(problems.map((p) => [p.field, p.da]));
}

function AdminRulesPage() {
  const { t, language } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: saved } = useSuspenseQuery(ruleValuesQueryOptions(auth));
  const queryClient = useQueryClient();
  const notice = useNotice();
  const form = useForm<Draft>({
    initialValues: saved,
    clearInputErrorOnChange: false,
    validate: contractValidator<Draft>(
      {
        schema: UpdateRuleValuesBody,
        body: (draft) => changedValues(draft, saved),
        rules: (draft) => ruleProblems(changedValues(draft, saved), saved),
      },
      language,
    ),
  });
  const draft = form.values;
  useUnsavedChangesGuard(form.isDirty(), t('adminConfig.form.unsavedChanges'));
  const showSaved = (values: RuleValues) => {
    form.setValues(values);
    form.resetDirty(values);
  };

  const save = useMutation({
    mutationFn: (body: UpdateRuleValuesBody) => updateRuleValues(auth, body),
    onSuccess: (values) => {
      invalidateConfig(queryClient, configKeys.rules());
      showSaved(values);
      notice.show('success', t('adminConfig.rules.saved'));
    },
    onError: (error) => {
      const problem = configFormErrors(error);
      form.setErrors(problem.fields);
      if (problem.general) notice.show('error', problem.general);
      else notice.show('error', t('adminConfig.form.fixFields'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    const body = changedValues(draft, saved);
    if (Object.keys(body).length === 0) {
      notice.show('info', t('adminConfig.rules.nothingChanged'));
      return;
    }
    if (form.validate().hasErrors) notice.show('error', t('adminConfig.form.fixFields'));
    else save.mutate(body);
  };

  return (
    <ConfigPage title={t('admin.section.rules')} intro={t('adminConfig.rules.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={860}>
          {GROUPS.map((group) => (
            <Fieldset key={group.legend} legend={t(group.legend)}>
              <Text size="sm" c="dimmed" mb="sm">
                {t(group.hint)}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {group.fields.map((field) => (
                  <NumberInput
                    key={field}
                    label={t(`adminConfig.rules.field.${field}` as MessageKey)}
                    description={t('adminConfig.rules.range', { min: RULE_VALUE_LIMITS[field].min, max: RULE_VALUE_LIMITS[field].max })}
                    {...form.getInputProps(field)}
                    min={RULE_VALUE_LIMITS[field].min}
                    max={RULE_VALUE_LIMITS[field].max}
                    allowDecimal={false}
                    clampBehavior="none"
                  />
                ))}
                {group.fields.includes('mitidAppealPeriodWeeks') && (
                  <TextInput
                    label={t('adminConfig.rules.field.mitidAppealBody')}
                    {...form.getInputProps('mitidAppealBody')}
                    maxLength={MITID_APPEAL_BODY_MAX_LENGTH}
                  />
                )}
                {group.fields.includes('appealPeriodCount') && (
                  <Select
                    label={t('adminConfig.rules.field.appealPeriodUnit')}
                    data={[
                      { value: 'weeks', label: t('adminConfig.rules.unit.weeks') },
                      { value: 'months', label: t('adminConfig.rules.unit.months') },
                    ]}
                    value={draft.appealPeriodUnit}
                    onChange={(value) => value && form.setFieldValue('appealPeriodUnit', value as Draft['appealPeriodUnit'])}
                    allowDeselect={false}
                  />
                )}
              </SimpleGrid>
            </Fieldset>
          ))}
          <Alert variant="light" color="blue">
            {t('adminConfig.rules.retentionEnv')}
          </Alert>
          {/* Beside the buttons, not under the heading a screen or more above: where the admin pressed Gem. */}
          <Notice notice={notice.notice} onClose={notice.clear} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('adminConfig.rules.save')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                showSaved(saved);
                form.clearErrors();
                notice.clear();
              }}
            >
              {t('adminConfig.rules.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ConfigPage>
  );
}
