import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { CitizenPurposeQuery, Representation } from '@skranke/contracts';
import { GUARDIANSHIP_SCOPE_TEXT, REPRESENTATION_AREA_TEXT, REPRESENTATION_DOCUMENT_TEXT, REPRESENTATION_KIND_TEXT } from '@skranke/domain';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { formatCivilDate, formatMoment } from '../../../../features/citizens/format.ts';
import { endRepresentation } from '../../../../features/representations/actions.ts';
import { representationKeys, representationsQueryOptions } from '../../../../features/representations/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { RecordRepresentationDialog } from './RecordRepresentationDialog.tsx';

const STATE_COLOR: Record<Representation['state'], string> = {
  // Dark shades under white text: the contrast holds (WCAG AA).
  valid: 'teal.9',
  not_yet_valid: 'blue.9',
  expired: 'gray.7',
  ended: 'gray.7',
  child_now_adult: 'gray.7',
};

/**
 * Repræsentation: who may act for the citizen and for whom the citizen may act, each with the document seen and the
 * municipality that recorded it (the register is national). Recording looks the representative up by CPR number;
 * only the recording municipality ends one. The API audits every read and write on both people.
 */
export function RepresentationPanel({ citizenId, auth, purpose }: { citizenId: string; auth: AuthSession; purpose: CitizenPurposeQuery }) {
  const { t } = useI18n();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState(false);
  const [ending, setEnding] = useState<Representation | null>(null);
  const { data } = useQuery(representationsQueryOptions(auth, citizenId, purpose));
  const refresh = () => queryClient.invalidateQueries({ queryKey: representationKeys.citizen(citizenId) });

  return (
    <Paper component="section" aria-labelledby="representation-heading" withBorder radius="md" p="xl">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="representation-heading">
            {t('representation.heading')}
          </Title>
          <Button variant="default" leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setRecording(true)}>
            {t('representation.record')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('representation.intro')}
        </Text>
        <Notice notice={notice.notice} onClose={notice.clear} />
        <RepresentationTable
          id="represented-by"
          heading={t('representation.representedBy')}
          rows={data?.representedBy ?? []}
          personOf={(r) => r.representative}
          onEnd={setEnding}
        />
        <RepresentationTable
          id="representing"
          heading={t('representation.representing')}
          rows={data?.representing ?? []}
          personOf={(r) => r.citizen}
          onEnd={setEnding}
        />
      </Stack>
      <RecordRepresentationDialog
        opened={recording}
        citizenId={citizenId}
        auth={auth}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          notice.show('success', t('representation.recorded'));
          void refresh();
        }}
      />
      <EndDialog
        representation={ending}
        auth={auth}
        onClose={() => setEnding(null)}
        onEnded={() => {
          setEnding(null);
          notice.show('success', t('representation.ended'));
          void refresh();
        }}
      />
    </Paper>
  );
}

interface TableProps {
  id: string;
  heading: string;
  rows: Representation[];
  personOf(r: Representation): Representation['citizen'];
  onEnd(r: Representation): void;
}

function RepresentationTable({ id, heading, rows, personOf, onEnd }: TableProps) {
  const { t, language, formatDate } = useI18n();
  const date = (d: string) => formatCivilDate(formatDate, d);
  const scopeText = (scope: string) =>
    (REPRESENTATION_AREA_TEXT as Record<string, { da: string; en: string }>)[scope]?.[language] ??
    (GUARDIANSHIP_SCOPE_TEXT as Record<string, { da: string; en: string }>)[scope]?.[language] ??
    scope;
  return (
    <Stack gap={4}>
      <Title order={3} size="h4" id={`${id}-heading`}>
        {heading}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('representation.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-labelledby={`${id}-heading`} data-testid={id}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('representation.col.person')}</Table.Th>
                <Table.Th>{t('representation.col.kind')}</Table.Th>
                <Table.Th>{t('representation.col.period')}</Table.Th>
                <Table.Th>{t('representation.col.document')}</Table.Th>
                <Table.Th>{t('representation.col.recorded')}</Table.Th>
                <Table.Th>{t('representation.col.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => {
                const person = personOf(r);
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {person.name}
                      <Text size="sm" c="dimmed">
                        {person.cprMasked}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {REPRESENTATION_KIND_TEXT[r.kind][language]}
                      {r.scope.length > 0 && (
                        <Text size="sm" c="dimmed">
                          {r.scope.map(scopeText).join(', ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {date(r.validFrom)} – {r.validTo ? date(r.validTo) : t('representation.openEnded')}
                    </Table.Td>
                    <Table.Td>
                      {REPRESENTATION_DOCUMENT_TEXT[r.documentSeen][language]}
                      {r.documentReference && (
                        <Text size="sm" c="dimmed">
                          {r.documentReference}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.municipality.name}
                      <Text size="sm" c="dimmed">
                        {r.recordedBy.name}, {formatMoment(formatDate, r.recordedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOR[r.state]} variant="filled">
                        {t(`representation.state.${r.state}`)}
                      </Badge>
                      {r.ended && (
                        <Text size="sm" c="dimmed">
                          {t('representation.endedBecause', { date: formatMoment(formatDate, r.ended.at), reason: r.ended.reason })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.mayEnd && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => onEnd(r)}
                          aria-label={t('representation.endFor', { name: person.name })}
                        >
                          {t('representation.end')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

interface EndProps {
  representation: Representation | null;
  auth: AuthSession;
  onClose(): void;
  onEnded(): void;
}

function EndDialog({ representation, auth, onClose, onEnded }: EndProps) {
  const { t } = useI18n();
  const notice = useNotice();
  const [reason, setReason] = useState('');
  const end = useMutation({
    mutationFn: () => endRepresentation(auth, representation!.id, { reason: reason.trim() }),
    onMutate: () => notice.clear(),
    onSuccess: () => {
      setReason('');
      onEnded();
    },
    onError: notice.showError,
  });
  const name = representation?.representative.name ?? '';
  return (
    <Modal
      opened={representation !== null}
      onClose={onClose}
      title={t('representation.endFor', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          end.mutate();
        }}
      >
        <Stack>
          <Notice notice={notice.notice} onClose={notice.clear} />
          <Textarea
            label={t('representation.end.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            maxLength={500}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('representation.cancel')}
            </Button>
            <Button type="submit" color="red" loading={end.isPending} disabled={!reason.trim()}>
              {t('representation.end.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
