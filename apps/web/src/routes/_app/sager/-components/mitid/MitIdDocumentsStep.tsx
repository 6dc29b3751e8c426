import { Alert, Checkbox, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import type { MitIdDocumentsStep as DocumentsData } from '@skranke/contracts';
import {
  assessDocuments,
  DANISH_PHOTO_IDS,
  FOREIGN_PHOTO_IDS,
  MITID_DOCUMENT_TEXT,
  SECONDARY_DOCUMENTS,
  showsCprByDefault,
  type MitIdDocument,
  type MitIdDocumentKind,
} from '@skranke/domain';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { StepForm, useStepForm } from '../StepForm.tsx';

const GROUPS = [
  ['mitid.documents.group.danish', DANISH_PHOTO_IDS],
  ['mitid.documents.group.foreign', FOREIGN_PHOTO_IDS],
  ['mitid.documents.group.secondary', SECONDARY_DOCUMENTS],
] as const;

/**
 * The documents shown, each with whether it shows the CPR number (ticked from the start, with the reason, for the
 * documents that always show it: `showsCprByDefault`) and whether it is temporary. The same rule the
 * server applies (`assessDocuments`) tells staff at once whether the combination is accepted; saving an unaccepted one
 * is allowed, since it is the basis of a refusal.
 */
export function MitIdDocumentsStep({ initial, pending, error, onBack, onSave }: StepFormProps<DocumentsData>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('documents', error, {
    documents: initial?.documents ?? ([] as MitIdDocument[]),
    identityDoubt: initial?.identityDoubt ?? '',
  });
  const { documents } = values;
  const assessment = assessDocuments(documents);
  const find = (kind: MitIdDocumentKind) => documents.find((d) => d.kind === kind);
  const toggle = (kind: MitIdDocumentKind, on: boolean) =>
    form.setFieldValue('documents', (ds) =>
      on ? [...ds, { kind, showsCpr: showsCprByDefault(kind), temporary: false }] : ds.filter((d) => d.kind !== kind),
    );
  const change = (kind: MitIdDocumentKind, patch: Partial<MitIdDocument>) =>
    form.setFieldValue('documents', (ds) => ds.map((d) => (d.kind === kind ? { ...d, ...patch } : d)));

  const submit = form.onSubmit(({ documents: shown, identityDoubt: doubt }) =>
    onSave({ documents: shown, ...(doubt.trim() && { identityDoubt: doubt.trim() }) }),
  );

  return (
    <StepForm
      id="mitid-documents"
      heading={t('mitid.documents.heading')}
      intro={<Text>{t('mitid.documents.intro')}</Text>}
      {...{ error, pending, onBack }}
      onSubmit={submit}
    >
      {GROUPS.map(([legend, kinds]) => (
        <Fieldset key={legend} legend={t(legend)} variant="unstyled">
          <Stack gap="xs">
            {kinds.map((kind) => {
              const shown = find(kind);
              const name = MITID_DOCUMENT_TEXT[kind][language];
              return (
                <div key={kind}>
                  <Checkbox label={name} checked={!!shown} onChange={(e) => toggle(kind, e.currentTarget.checked)} />
                  {shown && (
                    <Group gap="lg" ml="xl" mt={6} role="group" aria-label={t('mitid.documents.details', { document: name })}>
                      <Checkbox
                        size="sm"
                        label={t('mitid.documents.showsCpr')}
                        description={
                          showsCprByDefault(kind) ? (
                            <span id={`${kind}-cpr-why`}>
                              {t(`mitid.documents.showsCprAlways.${kind as 'dk_passport' | 'dk_driving_licence' | 'sundhedskort'}`)}
                            </span>
                          ) : undefined
                        }
                        aria-describedby={showsCprByDefault(kind) ? `${kind}-cpr-why` : undefined}
                        checked={shown.showsCpr}
                        onChange={(e) => change(kind, { showsCpr: e.currentTarget.checked })}
                      />
                      <Checkbox
                        size="sm"
                        label={t('mitid.documents.temporary')}
                        checked={shown.temporary}
                        onChange={(e) => change(kind, { temporary: e.currentTarget.checked })}
                      />
                    </Group>
                  )}
                </div>
              );
            })}
          </Stack>
        </Fieldset>
      ))}
      {documents.length > 0 && (
        <Alert color={assessment.combination ? 'green' : 'yellow'} variant="light">
          {assessment.combination
            ? t('mitid.documents.accepted', { combination: t(`mitid.documents.combination.${assessment.combination}`) })
            : t('mitid.documents.notAccepted')}
          {assessment.problems.length > 0 && ` ${assessment.problems.map((p) => p[language]).join(' ')}`}
        </Alert>
      )}
      <Textarea
        label={t('mitid.documents.doubt')}
        description={t('mitid.documents.doubtHint')}
        {...form.getInputProps('identityDoubt')}
        maxLength={500}
        autosize
        minRows={2}
      />
    </StepForm>
  );
}
