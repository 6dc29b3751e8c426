import { Button, Checkbox, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PutNotificationSettingsBody, type NotificationSettings } from '@skranke/contracts';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { Notice, useNotice } from '../../../components/Notice/Notice.tsx';
import { configFormErrors } from '../../../features/admin/config.ts';
import { putNotificationSettings } from '../../../features/notifications/actions.ts';
import { notificationKeys, notificationSettingsQueryOptions } from '../../../features/notifications/queries.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { contractValidator } from '../../../lib/forms.ts';
import { useUnsavedChangesGuard } from '../../../lib/unsaved-changes.ts';
import { ConfigPage } from './-config/ConfigPage.tsx';

/** Beskeder og forspring: notices to citizens on or off, and booked times' head start in the call order. */
export const Route = createFileRoute('/_app/administration/beskeder')({
  beforeLoad: () => loadMessages('appointments'),
  loader: ({ context }) => context.queryClient.ensureQueryData(notificationSettingsQueryOptions(context.auth)),
  component: AdminNotificationsPage,
});

interface Draft {
  notificationsEnabled: boolean;
  /** '' while the field is empty. */
  headStartMinutes: number | string;
}

const bodyOf = (draft: Draft): PutNotificationSettingsBody => ({
  notificationsEnabled: draft.notificationsEnabled,
  headStartMinutes: typeof draft.headStartMinutes === 'number' ? draft.headStartMinutes : Number.NaN,
});

function AdminNotificationsPage() {
  const { t, language } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: saved } = useSuspenseQuery(notificationSettingsQueryOptions(auth));
  const queryClient = useQueryClient();
  const notice = useNotice();
  const range = { min: saved.minHeadStartMinutes, max: saved.maxHeadStartMinutes };
  const initial: Draft = { notificationsEnabled: saved.notificationsEnabled, headStartMinutes: saved.headStartMinutes };
  const form = useForm<Draft>({
    initialValues: initial,
    clearInputErrorOnChange: false,
    validate: contractValidator<Draft>(
      {
        schema: PutNotificationSettingsBody,
        body: bodyOf,
        messages: { headStartMinutes: t('adminNotifications.headStartRange', range) },
        // The upper bound is the municipality's fairness bound, which the schema cannot know.
        rules: ({ headStartMinutes: minutes }) => ({
          headStartMinutes:
            typeof minutes !== 'number' || minutes < range.min || minutes > range.max
              ? t('adminNotifications.headStartRange', range)
              : undefined,
        }),
      },
      language,
    ),
  });
  useUnsavedChangesGuard(form.isDirty(), t('adminConfig.form.unsavedChanges'));

  const save = useMutation({
    mutationFn: (body: PutNotificationSettingsBody) => putNotificationSettings(auth, body),
    onSuccess: (settings: NotificationSettings) => {
      queryClient.setQueryData(notificationKeys.settings(), settings);
      const values = { notificationsEnabled: settings.notificationsEnabled, headStartMinutes: settings.headStartMinutes };
      form.setValues(values);
      form.resetDirty(values);
      notice.show('success', t('adminNotifications.saved'));
    },
    onError: (error) => {
      const problem = configFormErrors(error);
      form.setErrors(problem.fields);
      notice.show('error', problem.general ?? t('adminNotifications.fixFields'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    notice.clear();
    if (!form.isDirty()) {
      notice.show('info', t('adminNotifications.nothingChanged'));
      return;
    }
    if (form.validate().hasErrors) notice.show('error', t('adminNotifications.fixFields'));
    else save.mutate(bodyOf(form.values));
  };

  return (
    <ConfigPage title={t('admin.section.notifications')} intro={t('adminNotifications.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={640}>
          <Checkbox
            label={t('adminNotifications.enabled')}
            description={t('adminNotifications.enabledHint')}
            {...form.getInputProps('notificationsEnabled', { type: 'checkbox' })}
          />
          <NumberInput
            label={t('adminNotifications.headStart')}
            description={t('adminNotifications.headStartHint', range)}
            {...form.getInputProps('headStartMinutes')}
            min={range.min}
            max={range.max}
            allowDecimal={false}
            clampBehavior="none"
            maw={320}
          />
          <Notice notice={notice.notice} onClose={notice.clear} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('adminNotifications.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ConfigPage>
  );
}
