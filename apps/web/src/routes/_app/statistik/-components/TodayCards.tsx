import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { TodayStatistics } from '@skranke/contracts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { useFormat } from './format.ts';

const WEEKDAYS = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Today so far next to the same weekday's average, one card per figure (a list, so it reads in order). */
export function TodayCards({ data }: { data: TodayStatistics }) {
  const { t, language } = useI18n();
  const f = useFormat();
  return (
    <>
      <Text size="sm">
        {t('statistics.today.intro', { asOf: data.asOf, days: data.basedOnDays, weekday: WEEKDAYS[language][data.weekday - 1] ?? '' })}
      </Text>
      <SimpleGrid component="ul" cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.figures.map((fig) => (
          <Paper component="li" key={fig.figure} withBorder radius="md" p="sm">
            <Text size="sm" c="dimmed">
              {fig.label}
            </Text>
            <Text fz={28} fw={700} lh={1.2}>
              {f.number(fig.today)}
            </Text>
            <Text size="xs">
              {fig.average === null ? t('statistics.today.noAverage') : t('statistics.today.average', { value: f.number(fig.average) })}
            </Text>
            {fig.difference !== null && (
              <Text size="xs">
                {t('statistics.today.difference', { value: `${fig.difference > 0 ? '+' : ''}${f.percent(fig.difference)}` })}
              </Text>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </>
  );
}
