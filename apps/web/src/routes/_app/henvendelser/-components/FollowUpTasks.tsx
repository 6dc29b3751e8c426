import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FollowUpTask } from '@skranke/contracts';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { formatDay } from '../../../../features/appointments/time.ts';
import { completeFollowUpTask } from '../../../../features/contacts/actions.ts';
import { contactTopicsQueryOptions, followUpTasksQueryOptions, invalidateContacts } from '../../../../features/contacts/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** The caller's follow-up tasks ("mine", each with "Udført"), or every open task of the municipality (leads). */
export function FollowUpTasks({ auth, scope }: { auth: AuthSession; scope: 'mine' | 'open' }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const { data: tasks } = useSuspenseQuery(followUpTasksQueryOptions(auth, scope));
  const { data: topics } = useSuspenseQuery(contactTopicsQueryOptions(auth));
  const topicLabel = (code: string) => {
    const topic = topics.find((x) => x.code === code);
    return topic ? (language === 'en' ? topic.labelEn : topic.labelDa) : code;
  };
  const done = useMutation({
    mutationFn: (task: FollowUpTask) => completeFollowUpTask(auth, task.id),
    onMutate: () => notice.clear(),
    onSuccess: () => {
      invalidateContacts(queryClient);
      notice.show('success', t('contacts.tasks.doneNotice'));
    },
    onError: (error) => {
      invalidateContacts(queryClient);
      notice.showError(error);
    },
  });
  const headingId = `follow-up-${scope}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(scope === 'mine' ? 'contacts.tasks.heading' : 'contacts.tasks.allOpenHeading')}
        </Title>
        <Notice notice={notice.notice} onClose={notice.clear} />
        {tasks.length === 0 ? (
          <Text c="dimmed">{t(scope === 'mine' ? 'contacts.tasks.empty' : 'contacts.tasks.allOpenEmpty')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {tasks.map((task) => (
              <Paper component="li" key={task.id} withBorder radius="md" p="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4}>
                    <Text fw={600}>{task.text}</Text>
                    <Text size="sm">
                      {t('contacts.tasks.about', {
                        topic: topicLabel(task.contact.topicCode),
                        result: t(`contacts.result.${task.contact.result}` as MessageKey),
                      })}
                      {task.contact.referralAuthorityName
                        ? ` · ${t('contacts.tasks.referredTo', { name: task.contact.referralAuthorityName })}`
                        : ''}
                    </Text>
                    <Group gap="xs">
                      <Text size="sm">{t('contacts.tasks.due', { date: formatDay(task.dueOn, language) })}</Text>
                      {task.overdue && (
                        <Text size="sm" fw={700} c="red.9">
                          {t('contacts.tasks.overdue')}
                        </Text>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {scope === 'mine'
                        ? t('contacts.tasks.from', { name: task.createdBy.name })
                        : t('contacts.tasks.assignee', { name: task.assignee.name })}
                    </Text>
                  </Stack>
                  {task.doneAt ? (
                    <Text size="sm" fw={600}>
                      {t('contacts.tasks.doneBy', { name: task.doneBy?.name ?? '' })}
                    </Text>
                  ) : (
                    <Button
                      variant="light"
                      onClick={() => done.mutate(task)}
                      loading={done.isPending && done.variables?.id === task.id}
                      aria-label={t('contacts.tasks.markDone', { text: task.text })}
                    >
                      {t('contacts.tasks.done')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
