import { Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { formatDanishDate, serviceDay } from '@skranke/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../../components/Notice/Notice.tsx';
import { caseKeys } from '../../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../../features/citizens/queries.ts';
import { registerAppeal, resolveAppeal } from '../../../../../features/self-service/actions.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { useStepForm } from '../StepForm.tsx';

/**
 * A klage over an afslag: registered with the day it was received; while it runs the citizen counts as exempt on the
 * law areas (lov om Udbetaling Danmark § 13, stk. 4). Then resolved: upheld (the refusal stands) or overturned.
 */
export function AppealPanel({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const decision = kase.selfServiceDecision!;
  const appeal = decision.appeal;
  const onSuccess = (updated: Case) => {
    queryClient.setQueryData(caseKeys.case(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(updated.citizen.id) });
  };
  const register = useMutation({
    mutationFn: ({ receivedOn, note }: { receivedOn: string; note: string }) =>
      registerAppeal(auth, kase, { receivedOn, ...(note.trim() && { note: note.trim() }) }),
    onMutate: () => notice.clear(),
    onSuccess,
    onError: notice.showError,
  });
  const resolve = useMutation({
    mutationFn: (result: 'upheld' | 'overturned') => resolveAppeal(auth, kase, { result }),
    onMutate: () => notice.clear(),
    onSuccess,
    onError: notice.showError,
  });
  // The server checks the body; a date it refuses is shown by the field, as on a wizard step.
  const { form } = useStepForm('appeal', register.error, { receivedOn: serviceDay(new Date()), note: '' });
  const submit = form.onSubmit((values) => register.mutate(values));

  return (
    <section aria-labelledby="appeal-heading">
      <Title order={2} size="h4" id="appeal-heading" mb="xs">
        {t('selfService.appeal.heading')}
      </Title>
      <Notice notice={notice.notice} onClose={notice.clear} />
      {!appeal ? (
        <form onSubmit={submit} noValidate aria-labelledby="appeal-heading">
          <Stack gap="sm">
            <Text>{t('selfService.appeal.intro', { date: decision.appealDeadline ? formatDanishDate(decision.appealDeadline) : '' })}</Text>
            <TextInput type="date" label={t('selfService.appeal.receivedOn')} {...form.getInputProps('receivedOn')} required maw={240} />
            <Textarea
              label={t('selfService.appeal.note')}
              {...form.getInputProps('note', { withError: false })}
              maxLength={1000}
              autosize
              minRows={2}
            />
            <Group>
              <Button type="submit" variant="default" loading={register.isPending}>
                {t('selfService.appeal.register')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text>
            {t('selfService.appeal.received', { date: formatDanishDate(appeal.receivedOn) })}{' '}
            {t(appeal.receivedInTime ? 'selfService.appeal.inTime' : 'selfService.appeal.late')}
          </Text>
          {appeal.status === 'pending' ? (
            <>
              <Text fw={500}>{t('selfService.appeal.pending')}</Text>
              <Group gap="sm">
                <Button
                  variant="default"
                  loading={resolve.isPending && resolve.variables === 'upheld'}
                  onClick={() => resolve.mutate('upheld')}
                >
                  {t('selfService.appeal.upheld')}
                </Button>
                <Button
                  variant="default"
                  loading={resolve.isPending && resolve.variables === 'overturned'}
                  onClick={() => resolve.mutate('overturned')}
                >
                  {t('selfService.appeal.overturned')}
                </Button>
              </Group>
            </>
          ) : (
            <Text fw={500}>
              {t(appeal.status === 'upheld' ? 'selfService.appeal.resultUpheld' : 'selfService.appeal.resultOverturned')}
            </Text>
          )}
        </Stack>
      )}
    </section>
  );
}
