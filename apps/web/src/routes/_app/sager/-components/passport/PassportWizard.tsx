import { Alert, Button, Collapse, Group, List, Paper, Stack, Stepper, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PassportCancelBody, type Case, type PassportOutcome } from '@skranke/contracts';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../../auth/session.ts';
import { Notice } from '../../../../../components/Notice/Notice.tsx';
import { caseKeys } from '../../../../../features/cases/queries.ts';
import { useCaseSteps } from '../../../../../features/cases/use-case-steps.ts';
import { citizenKeys } from '../../../../../features/citizens/queries.ts';
import { cancelPassportCase } from '../../../../../features/passport/actions.ts';
import type { MessageKey } from '../../../../../i18n/da.ts';
import { useI18n, type Language } from '../../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../../lib/forms.ts';
import { CaseReview, type CompleteProps } from '../CaseReview.tsx';
import { StepErrors } from '../StepErrors.tsx';
import { ConsentStep, PaymentStep, type ConsentData, type PaymentData } from './ConsentPaymentSteps.tsx';
import { formatOre } from './money.ts';
import {
  FingerprintsStep,
  IdentityStep,
  OldPassportStep,
  PhotoStep,
  type FingerprintsData,
  type IdentityData,
  type OldPassportData,
  type PhotoData,
} from './PassportSteps.tsx';

const STEP_LABELS: Record<string, [MessageKey, MessageKey]> = {
  identity: ['passport.step.identity', 'passport.step.identityHint'],
  old_passport: ['passport.step.oldPassport', 'passport.step.oldPassportHint'],
  photo: ['passport.step.photo', 'passport.step.photoHint'],
  fingerprints: ['passport.step.fingerprints', 'passport.step.fingerprintsHint'],
  consent: ['passport.step.consent', 'passport.step.consentHint'],
  payment: ['passport.step.payment', 'passport.step.paymentHint'],
};

/** The passport draft: one Stepper step per workflow step (each saved and checked on the server), then the order. */
export function PassportWizard({ kase, passport, auth }: { kase: Case; passport: PassportOutcome; auth: AuthSession }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  // The order step lists what blocks ordering itself, so that conflict is not repeated in the notice.
  const {
    notice,
    active,
    goTo,
    stepProps: props,
    completeProps,
  } = useCaseSteps(kase, auth, { conflictsShownInStep: ['passport-incomplete'] });
  const settle = (saved: Case) => {
    queryClient.setQueryData(caseKeys.case(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(saved.citizen.id) });
  };

  const stepData = kase.stepData as {
    identity?: IdentityData;
    old_passport?: OldPassportData;
    photo?: PhotoData;
    fingerprints?: FingerprintsData;
    consent?: ConsentData;
    payment?: PaymentData;
  };
  // A consent step left with a consent missing must not look done (a green tick): it names whose consent is missing.
  const consentGap = consentGapText(passport, language, t);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="xl">
        <Text mb="md">{t('passport.facts', { age: passport.age, years: passport.validityYears })}</Text>
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="xs" mt={notice.notice ? 'md' : 0}>
          {kase.steps.map((step) => (
            <Stepper.Step
              key={step}
              label={t(STEP_LABELS[step]![0])}
              description={step === 'consent' && consentGap ? consentGap : t(STEP_LABELS[step]![1])}
              {...(step === 'consent' &&
                consentGap && {
                  color: 'red.9',
                  completedIcon: <IconAlertTriangle size={18} role="img" aria-label={t('passport.consent.stepMissingIcon')} />,
                })}
            >
              {step === 'identity' && <IdentityStep key={`${step}-${kase.version}`} initial={stepData.identity} {...props(step)} />}
              {step === 'old_passport' && (
                <OldPassportStep
                  key={`${step}-${kase.version}`}
                  register={passport.oldPassport}
                  initial={stepData.old_passport}
                  {...props(step)}
                />
              )}
              {step === 'photo' && <PhotoStep key={`${step}-${kase.version}`} initial={stepData.photo} {...props(step)} />}
              {step === 'fingerprints' && (
                <FingerprintsStep
                  key={`${step}-${kase.version}`}
                  required={passport.fingerprintsRequired}
                  initial={stepData.fingerprints}
                  {...props(step)}
                />
              )}
              {step === 'consent' && (
                <ConsentStep key={`${step}-${kase.version}`} passport={passport} initial={stepData.consent} {...props(step)} />
              )}
              {step === 'payment' && (
                <PaymentStep key={`${step}-${kase.version}`} passport={passport} initial={stepData.payment} {...props(step)} />
              )}
            </Stepper.Step>
          ))}
          <Stepper.Step label={t('passport.step.order')} description={t('passport.step.orderHint')}>
            <OrderStep kase={kase} passport={passport} {...completeProps} />
          </Stepper.Step>
        </Stepper>
      </Paper>
      <CancelCase kase={kase} auth={auth} onCancelled={settle} />
    </Stack>
  );
}

/** Whose consent is missing, by name (null when none is, or none is needed). */
function consentGapText(passport: PassportOutcome, language: Language, t: ReturnType<typeof useI18n>['t']): string | null {
  if (!passport.consentRequired) return null;
  if (passport.custodyHolders.length === 0) return t('passport.consent.stepNoHolders');
  const missing = passport.custodyHolders.filter((h) => !h.consent).map((h) => h.name);
  if (missing.length === 0) return null;
  return t('passport.consent.stepMissing', { names: new Intl.ListFormat(language, { type: 'conjunction' }).format(missing) });
}

function OrderStep({ kase, passport, ...complete }: CompleteProps & { kase: Case; passport: PassportOutcome }) {
  const { t, language, formatNumber } = useI18n();
  const refusing = (kase.stepData.identity as IdentityData | undefined)?.verified === false;
  const blockers = refusing ? [] : passport.blockers;
  return (
    <CaseReview
      heading={t('passport.order.heading')}
      completeLabel={t(refusing ? 'passport.order.refuse' : 'passport.order.submit')}
      completeIcon={refusing ? <IconX size={18} aria-hidden /> : <IconCheck size={18} aria-hidden />}
      completeColor={refusing ? 'red' : undefined}
      disabled={blockers.length > 0}
      {...complete}
    >
      {refusing ? (
        <Text>{t('passport.order.refuseIntro')}</Text>
      ) : blockers.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('passport.order.blocked')}>
          <List spacing={2}>
            {blockers.map((b) => (
              <List.Item key={`${b.code}${b.field}`}>{language === 'da' ? b.da : b.en}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <>
          <List spacing="xs">
            {passport.fee && (
              <List.Item>{t('passport.order.summary.fee', { amount: formatOre(formatNumber, passport.fee.amountOre) })}</List.Item>
            )}
            <List.Item>{t('passport.order.summary.validity', { years: passport.validityYears })}</List.Item>
          </List>
          <Text>{t('passport.order.ready')}</Text>
        </>
      )}
    </CaseReview>
  );
}

function CancelCase({ kase, auth, onCancelled }: { kase: Case; auth: AuthSession; onCancelled(c: Case): void }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: contractValidator(
      { schema: PassportCancelBody, body: ({ reason }) => ({ expectedVersion: kase.version, reason: reason.trim() }) },
      language,
    ),
  });
  const cancel = useMutation({ mutationFn: (reason: string) => cancelPassportCase(auth, kase, { reason }), onSuccess: onCancelled });
  const submit = form.onSubmit(({ reason }) => cancel.mutate(reason.trim()));
  return (
    <div>
      <Button variant="subtle" color="red" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="passport-cancel">
        {t('passport.cancel.open')}
      </Button>
      <Collapse in={open} id="passport-cancel">
        <Stack gap="sm" mt="sm" maw={520}>
          <StepErrors error={cancel.error} />
          <Textarea label={t('passport.cancel.reason')} {...form.getInputProps('reason')} required maxLength={500} autosize minRows={2} />
          <Group>
            <Button color="red" loading={cancel.isPending} disabled={!form.values.reason.trim()} onClick={() => submit()}>
              {t('passport.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </Collapse>
    </div>
  );
}
