import { Paper, Stack, Text } from '@mantine/core';
import type { Case } from '@skranke/contracts';
import { APPLICANT_TYPE_TEXT, DIGITAL_POST_GROUND_TEXT } from '@skranke/domain';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { AuthSession } from '../../../../auth/session.ts';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { CaseDocumentSection } from './CaseDocumentSection.tsx';
import { DoneAlert } from './DoneAlert.tsx';
import { CaseDoneFooter } from '../../../../components/CaseDoneFooter/CaseDoneFooter.tsx';

/** A completed (or revoked) case: what was registered, the receipt to hand over, and the way back. */
export function CaseDone({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t, language, formatDate } = useI18n();
  const exemption = kase.digitalPostExemption;
  const revocation = kase.type === 'digital_post_revocation';
  const hasDocument = kase.status === 'completed' || kase.status === 'revoked' || kase.status === 'refused';
  const refusal = kase.status === 'refused' ? (kase.stepData.refusal as { reason: string } | undefined) : undefined;
  const ended = kase.status === 'refused' || kase.status === 'cancelled';

  return (
    <Paper withBorder radius="md" p="xl">
      <Stack gap="lg">
        <DoneAlert
          heading={t(
            kase.status === 'refused'
              ? 'done.refusedHeading'
              : kase.status === 'cancelled'
                ? 'done.cancelledHeading'
                : revocation
                  ? 'done.revokedHeading'
                  : kase.status === 'revoked'
                    ? 'done.laterRevokedHeading'
                    : 'done.heading',
          )}
          color={ended ? 'gray' : 'green'}
          icon={ended ? <IconCircleX aria-hidden /> : <IconCircleCheck aria-hidden />}
          largeText
        >
          {refusal && <Text mt="xs">{t('done.refusalReason', { reason: refusal.reason })}</Text>}
          {exemption && (
            <Text mt="xs">
              {revocation && exemption.revokedAt
                ? t('done.revokedLine', { date: formatMoment(formatDate, exemption.revokedAt) })
                : t('done.registeredLine', {
                    date: formatMoment(formatDate, exemption.registeredAt),
                    applicant: APPLICANT_TYPE_TEXT[exemption.applicantType][language],
                  })}
            </Text>
          )}
        </DoneAlert>
        {exemption && !revocation && (
          <Text>
            {exemption.grounds?.length
              ? t('exemption.grounds', { grounds: exemption.grounds.map((g) => DIGITAL_POST_GROUND_TEXT[g][language]).join(', ') })
              : t('exemption.noGrounds')}
          </Text>
        )}
        {hasDocument && (
          <CaseDocumentSection
            headingId="receipt-heading"
            caseId={kase.id}
            auth={auth}
            {...(kase.status === 'refused' && { openLabel: t('receipt.openLetter') })}
          />
        )}
        <CaseDoneFooter kase={kase} purpose="digital-post" />
      </Stack>
    </Paper>
  );
}
