import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Citizen, CitizenPurposeQuery, CitizenStatus, RelatedCitizen } from '@skranke/contracts';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { revealCitizenCpr } from '../../../../features/citizens/actions.ts';
import { formatCivilDate } from '../../../../features/citizens/format.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

const STATUS_TONE: Record<CitizenStatus, 'green' | 'yellow' | 'blue'> = {
  active: 'green',
  emigrated: 'yellow',
  no_fixed_address: 'blue',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" m={0} fz="lg" mt={2}>
        {children}
      </Text>
    </div>
  );
}

/** The masked number, and the full one for as long as this component lives: revealing is audited on the server. */
export function CprReveal({ citizen, auth, purpose }: { citizen: Citizen; auth: AuthSession; purpose: CitizenPurposeQuery }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [revealed, setRevealed] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => revealCitizenCpr(auth, citizen.id, purpose),
    onSuccess: (answer) => setRevealed(answer.cpr),
    onError: notice.showError,
  });

  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="nowrap">
        <Text fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="citizen-cpr">
          {revealed ?? citizen.cprMasked}
        </Text>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={revealed ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
          loading={reveal.isPending}
          onClick={() => (revealed ? setRevealed(null) : reveal.mutate())}
          aria-label={revealed ? t('citizen.cpr.hideLabel') : t('citizen.cpr.revealLabel')}
        >
          {revealed ? t('citizen.cpr.hide') : t('citizen.cpr.reveal')}
        </Button>
      </Group>
      <Notice notice={notice.notice} onClose={notice.clear} />
    </Stack>
  );
}

function Relations({ people }: { people: RelatedCitizen[] }) {
  return (
    <List listStyleType="none" spacing={2}>
      {people.map((person) => (
        <List.Item key={person.id}>
          {person.name} ({person.cprMasked})
        </List.Item>
      ))}
    </List>
  );
}

/** A registered move waiting for its moving date: where to and when, and that the register changes then. */
function PendingMove({ move }: { move: NonNullable<Citizen['pendingMove']> }) {
  const { t, formatDate } = useI18n();
  const date = formatCivilDate(formatDate, move.movingDate);
  return (
    <>
      {move.address
        ? t('move.pending.to', { address: `${move.address.street}, ${move.address.postcode} ${move.address.city}`, date })
        : move.country
          ? t('move.pending.abroad', { country: move.country, date })
          : t('move.pending.protected', { date })}
      <Text component="span" display="block" size="sm" c="dimmed" mt={2}>
        {t('move.pending.register')}
      </Text>
    </>
  );
}

export function CitizenDetails({ citizen, auth, purpose }: { citizen: Citizen; auth: AuthSession; purpose: CitizenPurposeQuery }) {
  const { t, formatDate } = useI18n();
  const address = citizen.addressProtected
    ? t('citizen.addressProtected')
    : citizen.address
      ? `${citizen.address.street}, ${citizen.address.postcode} ${citizen.address.city}`
      : citizen.emigration
        ? t('citizen.emigratedTo', { country: citizen.emigration.country, date: formatCivilDate(formatDate, citizen.emigration.date) })
        : t('citizen.noAddress');

  return (
    <Paper component="section" aria-labelledby="citizen-details-heading" withBorder radius="md" p="xl">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3" id="citizen-details-heading">
          {t('citizen.details.heading')}
        </Title>
        <StatusTag tone={STATUS_TONE[citizen.status]} size="lg">
          {t(`citizen.status.${citizen.status}`)}
        </StatusTag>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" m={0}>
        <Fact label={t('citizen.cpr.label')}>
          <CprReveal citizen={citizen} auth={auth} purpose={purpose} />
        </Fact>
        <Fact label={t('citizen.birthDate')}>{formatCivilDate(formatDate, citizen.birthDate)}</Fact>
        <Fact label={t('citizen.age')}>{t('citizen.ageYears', { age: citizen.age })}</Fact>
        <Fact label={t('citizen.address')}>{address}</Fact>
        {citizen.pendingMove && (
          <Fact label={t('move.pending.label')}>
            <PendingMove move={citizen.pendingMove} />
          </Fact>
        )}
        <Fact label={t('citizen.municipality')}>{citizen.municipality.name}</Fact>
        {citizen.custodyHolders.length > 0 && (
          <Fact label={t('citizen.custodyHolders')}>
            <Relations people={citizen.custodyHolders} />
          </Fact>
        )}
        {citizen.children.length > 0 && (
          <Fact label={t('citizen.children')}>
            <Relations people={citizen.children} />
          </Fact>
        )}
      </SimpleGrid>
    </Paper>
  );
}
