import { Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Case, PassportOutcome } from '@skranke/contracts';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { caseKeys } from '../../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../../features/citizens/queries.ts';
import { formatCivilDate } from '../../../../../features/citizens/format.ts';
import { handOutPassport, markPassportReady } from '../../../../../features/passport/actions.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CaseDocumentSection } from '../CaseDocumentSection.tsx';
import { DoneAlert } from '../DoneAlert.tsx';
import { StepErrors } from '../StepErrors.tsx';
import { useStepForm } from '../StepForm.tsx';
import { formatOre } from './money.ts';
import { CaseDoneFooter } from '../../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';

/** A passport case after the wizard: ordered → ready for pick-up → handed out (or refused, or cancelled), with the receipt. */
export function PassportDone({ kase, passport, auth }: { kase: Case; passport: PassportOutcome; auth: AuthSession }) {
  const { t, formatDate, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const order = passport.order;
  const settle = (saved: Case) => {
    queryClient.setQueryData(caseKeys.case(saved.id), saved);
    // Dropped, not only marked stale: a read of the citizen already under way (the router preloads the citizen page
    // when the pointer rests on its link) would otherwise land after this and be kept as fresh, without the passport.
    queryClient.removeQueries({ queryKey: citizenKeys.citizen(saved.citizen.id) });
  };
  const heading = order
    ? t(`passport.done.${order.status}`)
    : t(kase.status === 'refused' ? 'passport.done.refused' : 'passport.done.cancelled');
  const hasDocument = kase.status === 'completed' || kase.status === 'refused';

  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert
          heading={heading}
          color={order ? 'green' : 'gray'}
          icon={order ? <IconCircleCheck aria-hidden /> : <IconInfoCircle aria-hidden />}
          largeText
        >
          {order && (
            <List spacing={2} mt="xs">
              <List.Item>{t('passport.done.amount', { amount: formatOre(formatNumber, order.amountOre) })}</List.Item>
              <List.Item>{t('passport.done.validity', { years: order.validityYears })}</List.Item>
              {order.passportNumber && <List.Item>{t('passport.done.number', { number: order.passportNumber })}</List.Item>}
              {order.expiresOn && (
                <List.Item>{t('passport.done.expires', { date: formatCivilDate(formatDate, order.expiresOn) })}</List.Item>
              )}
            </List>
          )}
        </DoneAlert>
        {order?.status === 'ordered' && <ReadyForm kase={kase} auth={auth} onDone={settle} />}
        {order?.status === 'ready_for_pickup' && <HandOut kase={kase} auth={auth} onDone={settle} />}
        {hasDocument && (
          // Keyed by version: a receipt fetched before the passport arrived would show the old status.
          <CaseDocumentSection key={kase.version} headingId="receipt-heading" caseId={kase.id} auth={auth} />
        )}
        <CaseDoneFooter kase={kase} purpose="pas" />
      </Stack>
    </Paper>
  );
}

function ReadyForm({ kase, auth, onDone }: { kase: Case; auth: AuthSession; onDone(c: Case): void }) {
  const { t } = useI18n();
  const ready = useMutation({
    mutationFn: (passportNumber: string) => markPassportReady(auth, kase, { passportNumber: passportNumber.trim().toUpperCase() }),
    onSuccess: onDone,
  });
  // As on a wizard step, the server checks the number; its verdict is shown above and beside the field.
  const { form } = useStepForm('ready', ready.error, { passportNumber: '' });
  const submit = form.onSubmit(({ passportNumber }) => ready.mutate(passportNumber));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="passport-ready-heading">
      <Stack gap="sm" maw={420}>
        <Title order={2} size="h4" id="passport-ready-heading">
          {t('passport.ready.heading')}
        </Title>
        <StepErrors error={ready.error} />
        <TextInput
          label={t('passport.ready.number')}
          description={t('passport.ready.numberHint')}
          {...form.getInputProps('passportNumber')}
          required
          autoComplete="off"
          maxLength={9}
        />
        <Group>
          <Button type="submit" loading={ready.isPending}>
            {t('passport.ready.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HandOut({ kase, auth, onDone }: { kase: Case; auth: AuthSession; onDone(c: Case): void }) {
  const { t } = useI18n();
  const [collectedBy, setCollectedBy] = useState('');
  const handOut = useMutation({ mutationFn: () => handOutPassport(auth, kase, collectedBy.trim() || undefined), onSuccess: onDone });
  return (
    <Stack gap="sm">
      <StepErrors error={handOut.error} />
      <Text>{t('passport.handOut.intro')}</Text>
      <TextInput
        label={t('passport.handOut.collectedBy')}
        description={t('passport.handOut.collectedByHint')}
        value={collectedBy}
        onChange={(event) => setCollectedBy(event.currentTarget.value)}
        maxLength={11}
        autoComplete="off"
        inputMode="numeric"
      />
      <Group>
        <Button loading={handOut.isPending} onClick={() => handOut.mutate()}>
          {t('passport.handOut.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
