import { Button, Table } from '@mantine/core';
import type { ContactTopic } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { allContactTopicsQueryOptions } from '../../../features/contacts/queries.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { ContactTopicFormDialog } from './-config/ContactTopicFormDialog.tsx';

/** Emner for henvendelser: the topics the contact form offers (docs/contacts.md), retired ones too. */
export const Route = createFileRoute('/_app/administration/henvendelsesemner')({
  beforeLoad: () => loadMessages('contacts'),
  // The loader travels with the screen's chunk: the contact log's queries stay out of the entry chunk.
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  loader: ({ context }) => context.queryClient.ensureQueryData(allContactTopicsQueryOptions(context.auth)),
  component: AdminContactTopicsPage,
});

function AdminContactTopicsPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: topics } = useSuspenseQuery(allContactTopicsQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ topic: ContactTopic | null } | null>(null);
  const open = (topic: ContactTopic | null) => {
    notice.clear();
    setDialog({ topic });
  };

  return (
    <ConfigPage
      title={t('admin.section.contactTopics')}
      intro={t('contacts.topics.intro')}
      addLabel={t('contacts.topics.add')}
      onAdd={() => open(null)}
      notice={notice}
    >
      <ConfigTable caption={t('contacts.topics.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('contacts.topics.labelDa')}</Table.Th>
            <Table.Th scope="col">{t('contacts.topics.labelEn')}</Table.Th>
            <Table.Th scope="col">{t('contacts.topics.code')}</Table.Th>
            <Table.Th scope="col">{t('contacts.topics.position')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {topics.map((topic) => (
            <Table.Tr key={topic.id}>
              <Table.Th scope="row" fw={500}>
                {topic.labelDa}
              </Table.Th>
              <Table.Td lang="en">{topic.labelEn}</Table.Td>
              <Table.Td>
                <code>{topic.code}</code>
              </Table.Td>
              <Table.Td>{topic.position}</Table.Td>
              <Table.Td>
                <StatusTag tone={topic.active ? 'green' : 'gray'} size="sm">
                  {t(topic.active ? 'adminConfig.status.active' : 'adminConfig.status.inactive')}
                </StatusTag>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('adminConfig.editFor', { name: topic.labelDa })}
                  onClick={() => open(topic)}
                >
                  {t('adminConfig.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ConfigTable>
      {dialog && (
        <ContactTopicFormDialog
          key={dialog.topic?.id ?? 'new'}
          auth={auth}
          topic={dialog.topic}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notice.show('success', t(created ? 'adminConfig.created' : 'adminConfig.saved', { name: saved.labelDa }));
          }}
        />
      )}
    </ConfigPage>
  );
}
