import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CitizenOverview } from '@skranke/contracts';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** Undtagelse fra obligatorisk digital selvbetjening: the law areas the citizen is exempt in, and the 1 June 2023 entitlement. */
export function SelfServicePanel({ selfService }: { selfService: CitizenOverview['selfService'] }) {
  const { t, language } = useI18n();
  const { entitledToNonDigitalAlternative, exemptAreas, singleApplications } = selfService;
  const nothing = !entitledToNonDigitalAlternative && exemptAreas.length === 0 && singleApplications.length === 0;

  return (
    <Paper component="section" aria-labelledby="self-service-heading" withBorder radius="md" p="xl">
      <Stack gap="md">
        <Title order={2} size="h3" id="self-service-heading">
          {t('selfServiceStatus.heading')}
        </Title>
        {entitledToNonDigitalAlternative && <Text data-testid="non-digital-entitlement">{t('selfServiceStatus.entitled')}</Text>}
        {nothing && <Text>{t('selfServiceStatus.none')}</Text>}
        {exemptAreas.length > 0 && (
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('selfServiceStatus.areas')}
            </Title>
            <List listStyleType="none" spacing={6}>
              {exemptAreas.map((area) => (
                <List.Item key={area.code}>
                  <Group gap="sm">
                    <Text>{language === 'da' ? area.nameDa : area.nameEn}</Text>
                    <StatusTag tone={area.status === 'exempt' ? 'green' : 'yellow'}>
                      {t(`selfServiceStatus.status.${area.status}`)}
                    </StatusTag>
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {singleApplications.length > 0 && (
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('selfServiceStatus.single')}
            </Title>
            <List spacing={2}>
              {singleApplications.map((s) => (
                <List.Item key={s.caseId}>{t('selfServiceStatus.singleLine', { area: s.lawArea, description: s.description })}</List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
