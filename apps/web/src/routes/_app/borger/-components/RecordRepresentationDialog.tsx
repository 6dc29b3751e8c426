import { Button, Checkbox, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import type { RecordRepresentationBody } from '@skranke/contracts';
import {
  DOCUMENTS_BY_KIND,
  GUARDIANSHIP_SCOPE_TEXT,
  GUARDIANSHIP_SCOPES,
  REPRESENTATION_AREA_TEXT,
  REPRESENTATION_AREAS,
  REPRESENTATION_DOCUMENT_TEXT,
  REPRESENTATION_KIND_TEXT,
  REPRESENTATION_KINDS,
  type RepresentationKind,
} from '@skranke/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { recordRepresentation } from '../../../../features/representations/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

interface Props {
  opened: boolean;
  citizenId: string;
  auth: AuthSession;
  onClose(): void;
  onRecorded(): void;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/**
 * Records who may act for the citizen: the representative by CPR number (looked up by the API in the person
 * register, never typed as a name), the kind and its scope, the dates and the document seen. The server's rules
 * (ages, dates, custody only for a child, the document fitting the kind) answer in Danish above the form.
 */
export function RecordRepresentationDialog({ opened, citizenId, auth, onClose, onRecorded }: Props) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const [cpr, setCpr] = useState('');
  const [kind, setKind] = useState<RepresentationKind>('vaerge');
  const [areas, setAreas] = useState<string[]>(['digital_post']);
  const [guardianship, setGuardianship] = useState('both');
  const [validFrom, setValidFrom] = useState(today);
  const [validTo, setValidTo] = useState('');
  const [documentSeen, setDocumentSeen] = useState<string>(DOCUMENTS_BY_KIND.vaerge[0]!);
  const [reference, setReference] = useState('');

  const chooseKind = (next: RepresentationKind) => {
    setKind(next);
    setDocumentSeen(DOCUMENTS_BY_KIND[next][0]!);
  };
  const scope = kind === 'vaerge' ? [guardianship] : kind === 'digital_fuldmagt' || kind === 'fremtidsfuldmagt' ? areas : [];
  const body = {
    representativeCpr: cpr.trim(),
    kind,
    scope,
    validFrom,
    ...(validTo && { validTo }),
    documentSeen,
    ...(reference.trim() && { documentReference: reference.trim() }),
  } as RecordRepresentationBody;

  const record = useMutation({
    mutationFn: () => recordRepresentation(auth, citizenId, body),
    onMutate: () => notice.clear(),
    onSuccess: () => {
      setCpr('');
      setReference('');
      onRecorded();
    },
    onError: notice.showError,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('representation.record')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <Stack>
          <Notice notice={notice.notice} onClose={notice.clear} />
          <TextInput
            label={t('representation.form.cpr')}
            description={t('representation.form.cprHint')}
            value={cpr}
            onChange={(event) => setCpr(event.currentTarget.value)}
            required
            maxLength={11}
            autoComplete="off"
            inputMode="numeric"
          />
          <Select
            label={t('representation.form.kind')}
            data={REPRESENTATION_KINDS.map((k) => ({ value: k, label: REPRESENTATION_KIND_TEXT[k][language] }))}
            value={kind}
            onChange={(value) => value && chooseKind(value as RepresentationKind)}
            allowDeselect={false}
            required
          />
          {kind === 'vaerge' && (
            <Radio.Group label={t('representation.form.guardianshipScope')} value={guardianship} onChange={setGuardianship} required>
              <Group mt={4}>
                {GUARDIANSHIP_SCOPES.map((s) => (
                  <Radio key={s} value={s} label={GUARDIANSHIP_SCOPE_TEXT[s][language]} />
                ))}
              </Group>
            </Radio.Group>
          )}
          {(kind === 'digital_fuldmagt' || kind === 'fremtidsfuldmagt') && (
            <Checkbox.Group label={t('representation.form.areas')} value={areas} onChange={setAreas} required>
              <Group mt={4}>
                {REPRESENTATION_AREAS.map((a) => (
                  <Checkbox key={a} value={a} label={REPRESENTATION_AREA_TEXT[a][language]} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          <Group grow>
            <TextInput
              type="date"
              label={t('representation.form.validFrom')}
              value={validFrom}
              onChange={(event) => setValidFrom(event.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('representation.form.validTo')}
              value={validTo}
              onChange={(event) => setValidTo(event.currentTarget.value)}
            />
          </Group>
          {kind === 'foraeldremyndighed' && (
            <Text size="sm" c="dimmed">
              {t('representation.form.custodyEnds')}
            </Text>
          )}
          <Select
            label={t('representation.form.document')}
            data={DOCUMENTS_BY_KIND[kind].map((d) => ({ value: d, label: REPRESENTATION_DOCUMENT_TEXT[d][language] }))}
            value={documentSeen}
            onChange={(value) => value && setDocumentSeen(value)}
            allowDeselect={false}
            required
          />
          <TextInput
            label={t('representation.form.reference')}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            maxLength={200}
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('representation.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('representation.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
