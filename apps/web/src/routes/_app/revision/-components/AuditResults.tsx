import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { AuditEvent, AuditStaffMember } from '@skranke/contracts';
import { IconAlertTriangle, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../auth/session.ts';
import { AUDIT_FIELD_LABELS, auditActionLabel, auditPurposeLabel } from '../../../../features/audit/labels.ts';
import { auditEventsQueryOptions, type AuditCriteria } from '../../../../features/audit/queries.ts';
import { formatMoment } from '../../../../features/citizens/format.ts';
import { locationsQueryOptions } from '../../../../features/locations/queries.ts';
import { useI18n, type I18n, type Language } from '../../../../i18n/i18n.tsx';

interface AuditResultsProps {
  auth: AuthSession;
  criteria: AuditCriteria;
  /** Cursors of the pages shown so far: the last one is the current page's (null: the newest page). */
  cursors: Array<number | null>;
  onPage(cursors: Array<number | null>): void;
  staff: AuditStaffMember[];
}

function actorText(event: AuditEvent, t: I18n['t']): string {
  if (event.actor) return `${event.actor.name} (${event.actor.username})`;
  return event.actorDeviceId ? t('audit.results.device') : t('audit.results.system');
}

/** Whose data or which thing the record concerns: a citizen by name and masked CPR number, never in full. */
function subjectText(event: AuditEvent, staffById: ReadonlyMap<string, AuditStaffMember>, t: I18n['t']): string {
  if (event.citizen) return `${event.citizen.name}, ${event.citizen.cprMasked}`;
  const subject = event.subject;
  if (!subject) return typeof event.details.cprMasked === 'string' ? event.details.cprMasked : '–';
  if (subject.type === 'citizen') return t('audit.results.subject.citizenUnknown');
  if (subject.type === 'user' && subject.id) {
    const member = staffById.get(subject.id);
    return t('audit.results.subject.user', { name: member ? `${member.name} (${member.username})` : subject.id });
  }
  if (subject.type === 'device') return t('audit.results.subject.device');
  return subject.id ? `${subject.type} ${subject.id}` : subject.type;
}

const ROLES = new Set(['counter', 'lead', 'admin']);

/** A changed value as people read it: roles, device kinds and yes/no in words, locations by name. */
function valueText(field: string, value: string | null, locationNames: ReadonlyMap<string, string>, t: I18n['t']): string {
  if (value === null || value === '') return '–';
  if (field === 'role' && ROLES.has(value)) return t(`role.${value as 'counter' | 'lead' | 'admin'}`);
  if (field === 'disabled' && (value === 'true' || value === 'false'))
    return t(value === 'true' ? 'audit.results.yes' : 'audit.results.no');
  if (field === 'kind' && (value === 'kiosk' || value === 'display')) return t(`adminDevices.kind.${value}`);
  if (field === 'locationIds' || field === 'locationId')
    return value
      .split(', ')
      .map((id) => locationNames.get(id) ?? id)
      .join(', ');
  return value;
}

function ChangeLines({ event, locationNames }: { event: AuditEvent; locationNames: ReadonlyMap<string, string> }) {
  const { t, language } = useI18n();
  if (event.changes.length === 0) return null;
  const label = (field: string, lang: Language) => AUDIT_FIELD_LABELS[field]?.[lang] ?? field;
  return (
    <Stack component="ul" gap={0} m={0} mt={4} p={0} style={{ listStyle: 'none' }}>
      {event.changes.map((change) => (
        <Text component="li" size="sm" key={change.field}>
          {change.from === null
            ? t('audit.results.changeSet', {
                field: label(change.field, language),
                to: valueText(change.field, change.to, locationNames, t),
              })
            : t('audit.results.change', {
                field: label(change.field, language),
                from: valueText(change.field, change.from, locationNames, t),
                to: valueText(change.field, change.to, locationNames, t),
              })}
        </Text>
      ))}
    </Stack>
  );
}

/** One page of the trail, newest first, with paging by the server's cursor. */
export function AuditResults({ auth, criteria, cursors, onPage, staff }: AuditResultsProps) {
  const { t, language, formatDate } = useI18n();
  const cursor = cursors[cursors.length - 1] ?? null;
  const result = useQuery(auditEventsQueryOptions(auth, criteria, cursor));
  const staffById = new Map(staff.map((member) => [member.id, member]));
  const { data: locations } = useQuery(locationsQueryOptions(auth));
  const locationNames = new Map((locations ?? []).map((location) => [location.id, location.name]));
  const page = result.data;

  return (
    <Paper component="section" aria-labelledby="audit-results-heading" withBorder radius="md" p="xl">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="audit-results-heading">
            {t('audit.results.heading')}
          </Title>
          {result.isFetching && <Loader size="sm" aria-label={t('app.loading')} />}
        </Group>
        {result.isError && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {result.error.message}
          </Alert>
        )}
        {page && page.events.length === 0 && <Text>{t('audit.results.none')}</Text>}
        {page && page.events.length > 0 && (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" striped aria-labelledby="audit-results-heading">
              <Table.Caption>{t('audit.results.caption', { page: cursors.length, count: page.events.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.results.column.at')}</Table.Th>
                  <Table.Th scope="col">{t('audit.results.column.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.results.column.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.results.column.subject')}</Table.Th>
                  <Table.Th scope="col">{t('audit.results.column.purpose')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMoment(formatDate, event.at)}</Table.Td>
                    <Table.Td>{actorText(event, t)}</Table.Td>
                    <Table.Td>
                      {auditActionLabel(event.action, language)}
                      <Text size="xs" c="dimmed" ff="monospace">
                        {event.action}
                      </Text>
                      <ChangeLines event={event} locationNames={locationNames} />
                    </Table.Td>
                    <Table.Td>{subjectText(event, staffById, t)}</Table.Td>
                    <Table.Td>{auditPurposeLabel(event.purpose, event.details.purposeText, language) ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {page && (cursors.length > 1 || page.nextCursor !== null) && (
          <Group gap="sm" role="group" aria-label={t('audit.results.paging')}>
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={18} aria-hidden />}
              disabled={cursors.length <= 1 || result.isFetching}
              onClick={() => onPage(cursors.slice(0, -1))}
            >
              {t('audit.results.newer')}
            </Button>
            <Button
              variant="default"
              rightSection={<IconChevronRight size={18} aria-hidden />}
              disabled={page.nextCursor === null || result.isFetching}
              onClick={() => page.nextCursor !== null && onPage([...cursors, page.nextCursor])}
            >
              {t('audit.results.older')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
