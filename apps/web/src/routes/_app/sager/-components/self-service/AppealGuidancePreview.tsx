import { List, Paper, Text } from '@mantine/core';
import type { LawAreaList } from '@skranke/contracts';
import { appealDeadline, formatDanishDate, serviceDay } from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';

/**
 * The klagevejledning (forvaltningsloven § 25) the refusal letter will carry, shown before deciding: where to appeal
 * per law area, and the deadline if the decision is made today. The letter itself is written by the server.
 */
export function AppealGuidancePreview({ lawAreas, chosen }: { lawAreas: LawAreaList; chosen: string[] }) {
  const { t, language } = useI18n();
  const areas = lawAreas.lawAreas.filter((a) => chosen.includes(a.code));
  const deadline = formatDanishDate(appealDeadline(serviceDay(new Date()), lawAreas.appealPeriod));
  const period = t(lawAreas.appealPeriod.unit === 'weeks' ? 'selfService.appeal.weeks' : 'selfService.appeal.months', {
    count: lawAreas.appealPeriod.count,
  });
  return (
    <Paper component="section" aria-labelledby="appeal-preview-heading" withBorder radius="md" p="md" bg="#f8f9fa">
      <Text component="h3" id="appeal-preview-heading" fw={700} m={0} mb="xs">
        {t('selfService.appeal.previewHeading')}
      </Text>
      <List spacing={4}>
        {areas.map((a) => (
          <List.Item key={a.code}>
            {t('selfService.appeal.body', { area: language === 'da' ? a.nameDa : a.nameEn, body: a.appealBody })}
          </List.Item>
        ))}
      </List>
      <Text mt="xs">{t('selfService.appeal.deadline', { period, date: deadline })}</Text>
      {areas.some((a) => a.udbetalingDanmark) && <Text mt="xs">{t('selfService.appeal.udk')}</Text>}
    </Paper>
  );
}
