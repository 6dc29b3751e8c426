import { Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { formatDanishDate, SELF_SERVICE_GROUND_TEXT, SELF_SERVICE_SCOPE_TEXT } from '@skranke/domain';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthSession } from '../../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../../components/Notice/Notice.tsx';
import { caseKeys } from '../../../../../features/cases/queries.ts';
import { formatMoment } from '../../../../../features/citizens/format.ts';
import { markUdkNotified } from '../../../../../features/self-service/actions.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseDocumentSection } from '../CaseDocumentSection.tsx';
import { DoneAlert } from '../DoneAlert.tsx';
import { AppealPanel } from './AppealPanel.tsx';
import { CaseDoneFooter } from '../../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';

/** A decided self-service exemption: the afgørelse, its letter (kvittering or afslag with klagevejledning), UDK and appeal. */
export function SelfServiceDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const decision = kase.selfServiceDecision;
  const notify = useMutation({
    mutationFn: () => markUdkNotified(auth, kase),
    onMutate: () => notice.clear(),
    onSuccess: (updated) => queryClient.setQueryData(caseKeys.case(updated.id), updated),
    onError: notice.showError,
  });
  if (!decision) return null;
  const granted = decision.granted;
  // A refusal's document is the afgørelse with its klagevejledning, not a receipt.
  const letter = !granted && {
    heading: t('selfService.letter.heading'),
    intro: t('selfService.letter.intro'),
    openLabel: t('receipt.openLetter'),
  };
  const refused = kase.status === 'refused';

  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert
          heading={t(granted ? 'selfService.done.granted' : 'selfService.done.refused')}
          color={granted ? 'green' : 'red'}
          icon={granted ? <IconCircleCheck aria-hidden /> : <IconCircleX aria-hidden />}
          largeText
        >
          <Text mt="xs">{t('selfService.done.decidedAt', { date: formatMoment(formatDate, decision.decidedAt) })}</Text>
        </DoneAlert>
        <List spacing="xs">
          <List.Item>
            {t('selfService.review.scope', {
              scope: SELF_SERVICE_SCOPE_TEXT[decision.scope][language],
              areas: decision.lawAreas.map((a) => a.nameDa).join(', '),
            })}
            {decision.applicationDescription && ` – ${decision.applicationDescription}`}
          </List.Item>
          <List.Item>
            {t('selfService.review.grounds', { grounds: decision.grounds.map((g) => SELF_SERVICE_GROUND_TEXT[g][language]).join(', ') })}
          </List.Item>
          {decision.legalBasis && <List.Item>{t('selfService.review.legalBasis', { text: decision.legalBasis })}</List.Item>}
          {decision.considerations && <List.Item>{t('selfService.review.considerations', { text: decision.considerations })}</List.Item>}
          {decision.appealDeadline && (
            <List.Item>{t('selfService.done.appealDeadline', { date: formatDanishDate(decision.appealDeadline) })}</List.Item>
          )}
        </List>
        <Notice notice={notice.notice} onClose={notice.clear} />
        {decision.udkNotificationRequired &&
          (decision.udkNotifiedAt ? (
            <Text>{t('selfService.udk.notified', { date: formatMoment(formatDate, decision.udkNotifiedAt) })}</Text>
          ) : (
            <Group gap="sm">
              <Text>{t('selfService.udk.required')}</Text>
              <Button variant="default" loading={notify.isPending} onClick={() => notify.mutate()}>
                {t('selfService.udk.markNotified')}
              </Button>
            </Group>
          ))}
        <CaseDocumentSection headingId="letter-heading" caseId={kase.id} auth={auth} {...letter} />
        {(refused || decision.appeal) && <AppealPanel kase={kase} auth={auth} />}
        <CaseDoneFooter kase={kase} purpose="selvbetjening" />
      </Stack>
    </Paper>
  );
}
