import { Button, Group, List, Stack, Text, type MantineColor } from '@mantine/core';
import { APPLICANT_TYPE_TEXT, type ApplicantType } from '@skranke/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { StepErrors } from './StepErrors.tsx';

/** What the last step of a wizard needs from `useCaseSteps`: completing, its error, and the way back. */
export interface CompleteProps {
  pending: boolean;
  error: unknown;
  onBack(): void;
  onComplete(): void;
}

/**
 * The last step every wizard shares: what will be registered, read back under its heading, the server's verdict on the
 * whole case, then back or the completing button (its words, icon and colour are the errand's).
 */
export function CaseReview({
  heading,
  error,
  pending,
  onBack,
  onComplete,
  completeLabel,
  completeIcon,
  completeColor,
  disabled,
  children,
}: CompleteProps & {
  heading: string;
  completeLabel: string;
  completeIcon: ReactNode;
  completeColor?: MantineColor | undefined;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="md" mt="lg">
      <Text component="h2" fz="h3" fw={700} m={0}>
        {heading}
      </Text>
      <StepErrors error={error} />
      {children}
      <Group justify="space-between" mt="md">
        <Button variant="default" onClick={onBack}>
          {t('wizard.back')}
        </Button>
        <Button color={completeColor} leftSection={completeIcon} loading={pending} disabled={disabled} onClick={onComplete}>
          {completeLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** Who came, read back (the Digital Post and self-service wizards share the applicant step). */
export function ApplicantReviewItem({
  applicant,
}: {
  applicant: { applicantType: ApplicantType; representativeName?: string } | undefined;
}) {
  const { t, language } = useI18n();
  if (!applicant) return null;
  return (
    <List.Item>
      {t('wizard.review.applicant', { applicant: APPLICANT_TYPE_TEXT[applicant.applicantType][language] })}
      {applicant.representativeName && ` – ${applicant.representativeName}`}
    </List.Item>
  );
}
