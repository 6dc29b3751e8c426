import { Anchor, Button, Table } from '@mantine/core';
import type { ReferralAuthority } from '@skranke/contracts';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { allReferralAuthoritiesQueryOptions } from '../../../features/contacts/queries.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { ConfigPage, ConfigTable } from './-config/ConfigPage.tsx';
import { ReferralAuthorityFormDialog } from './-config/ReferralAuthorityFormDialog.tsx';

/** Henvisningsliste: the authorities a contact can refer to, with phone, opening hours and link (docs/contacts.md). */
export const Route = createFileRoute('/_app/administration/henvisningsliste')({
  beforeLoad: () => loadMessages('contacts'),
  // The loader travels with the screen's chunk: the contact log's queries stay out of the entry chunk.
  codeSplitGroupings: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
  loader: ({ context }) => context.queryClient.ensureQueryData(allReferralAuthoritiesQueryOptions(context.auth)),
  component: AdminReferralDirectoryPage,
});

function AdminReferralDirectoryPage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { data: authorities } = useSuspenseQuery(allReferralAuthoritiesQueryOptions(auth));
  const notice = useNotice();
  const [dialog, setDialog] = useState<{ authority: ReferralAuthority | null } | null>(null);
  const open = (authority: ReferralAuthority | null) => {
    notice.clear();
    setDialog({ authority });
  };

  return (
    <ConfigPage
      title={t('admin.section.referralDirectory')}
      intro={t('contacts.directory.intro')}
      addLabel={t('contacts.directory.add')}
      onAdd={() => open(null)}
      notice={notice}
    >
      <ConfigTable caption={t('contacts.directory.caption')} minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('contacts.directory.name')}</Table.Th>
            <Table.Th scope="col">{t('contacts.directory.phone')}</Table.Th>
            <Table.Th scope="col">{t('contacts.directory.openingHours')}</Table.Th>
            <Table.Th scope="col">{t('contacts.directory.url')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.status')}</Table.Th>
            <Table.Th scope="col">{t('adminConfig.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {authorities.map((authority) => (
            <Table.Tr key={authority.id}>
              <Table.Th scope="row" fw={500}>
                {authority.name}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{authority.phone}</Table.Td>
              <Table.Td>{authority.openingHours}</Table.Td>
              <Table.Td>
                {authority.url ? (
                  <Anchor href={authority.url} target="_blank" rel="noreferrer">
                    {authority.url.replace(/^https?:\/\//, '')}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
              <Table.Td>
                <StatusTag tone={authority.active ? 'green' : 'gray'} size="sm">
                  {t(authority.active ? 'adminConfig.status.active' : 'adminConfig.status.inactive')}
                </StatusTag>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('adminConfig.editFor', { name: authority.name })}
                  onClick={() => open(authority)}
                >
                  {t('adminConfig.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ConfigTable>
      {dialog && (
        <ReferralAuthorityFormDialog
          key={dialog.authority?.id ?? 'new'}
          auth={auth}
          authority={dialog.authority}
          onClose={() => setDialog(null)}
          onSaved={(saved, created) => {
            setDialog(null);
            notice.show('success', t(created ? 'adminConfig.created' : 'adminConfig.saved', { name: saved.name }));
          }}
        />
      )}
    </ConfigPage>
  );
}
