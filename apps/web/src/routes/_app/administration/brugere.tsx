import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { StaffUser } from '@skranke/contracts';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { Notice, useNotice } from '../../../components/Notice/Notice.tsx';
import { StatusTag } from '../../../components/StatusTag/StatusTag.tsx';
import { adminUserKeys, updateUser, usersQueryOptions } from '../../../features/admin/users.ts';
import { auditKeys } from '../../../features/audit/queries.ts';
import { locationsQueryOptions } from '../../../features/locations/queries.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { DisableUserDialog } from './-brugere/DisableUserDialog.tsx';
import { UserFormDialog } from './-brugere/UserFormDialog.tsx';

/** Brugere: the municipality's staff; create, change role and locations, disable (ends their sessions), enable. */
export const Route = createFileRoute('/_app/administration/brugere')({
  loader: ({ context }) =>
    Promise.all([
      context.queryClient.ensureQueryData(usersQueryOptions(context.auth)),
      context.queryClient.ensureQueryData(locationsQueryOptions(context.auth)),
    ]),
  component: AdminUsersPage,
});

type Dialog = { kind: 'create' } | { kind: 'edit'; user: StaffUser } | { kind: 'disable'; user: StaffUser } | null;

function AdminUsersPage() {
  const { t } = useI18n();
  const { auth, user: me } = Route.useRouteContext();
  const { data: users } = useSuspenseQuery(usersQueryOptions(auth));
  const { data: locations } = useSuspenseQuery(locationsQueryOptions(auth));
  const queryClient = useQueryClient();
  const notice = useNotice();
  const [dialog, setDialog] = useState<Dialog>(null);
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  const sorted = [...users].sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.name.localeCompare(b.name, 'da'));

  const enable = useMutation({
    mutationFn: (user: StaffUser) => updateUser(auth, user.id, { disabled: false }),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminUserKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditKeys.staff() }),
      ]);
      notice.show('success', t('adminUsers.enabled', { name: saved.name }));
    },
    onError: notice.showError,
  });

  const close = () => setDialog(null);

  return (
    <Stack gap="lg">
      <DocumentTitle title={t('adminUsers.heading')} />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('adminUsers.heading')}</Title>
          <Text c="dimmed" mt={4}>
            {t('adminUsers.intro')}
          </Text>
        </div>
        <Button
          leftSection={<IconUserPlus size={18} aria-hidden />}
          onClick={() => {
            notice.clear();
            setDialog({ kind: 'create' });
          }}
        >
          {t('adminUsers.create')}
        </Button>
      </Group>
      <Notice notice={notice.notice} onClose={notice.clear} />

      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('adminUsers.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adminUsers.column.name')}</Table.Th>
                <Table.Th scope="col">{t('adminUsers.column.username')}</Table.Th>
                <Table.Th scope="col">{t('adminUsers.column.role')}</Table.Th>
                <Table.Th scope="col">{t('adminUsers.column.locations')}</Table.Th>
                <Table.Th scope="col">{t('adminUsers.column.status')}</Table.Th>
                <Table.Th scope="col">{t('adminUsers.column.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row" fw={500}>
                    {user.name}
                  </Table.Th>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>{t(`role.${user.role}`)}</Table.Td>
                  <Table.Td>
                    {user.locationIds.length === 0
                      ? t('adminUsers.noLocations')
                      : user.locationIds.map((id) => locationName.get(id) ?? id).join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <StatusTag tone={user.disabled ? 'gray' : 'green'} size="sm">
                      {t(user.disabled ? 'adminUsers.status.disabled' : 'adminUsers.status.active')}
                    </StatusTag>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('adminUsers.editFor', { name: user.name })}
                        onClick={() => {
                          notice.clear();
                          setDialog({ kind: 'edit', user });
                        }}
                      >
                        {t('adminUsers.edit')}
                      </Button>
                      {user.id === me.id ? null : user.disabled ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('adminUsers.enableFor', { name: user.name })}
                          loading={enable.isPending && enable.variables?.id === user.id}
                          onClick={() => {
                            notice.clear();
                            enable.mutate(user);
                          }}
                        >
                          {t('adminUsers.enable')}
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={t('adminUsers.disableFor', { name: user.name })}
                          onClick={() => {
                            notice.clear();
                            setDialog({ kind: 'disable', user });
                          }}
                        >
                          {t('adminUsers.disable')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormDialog
          // A fresh form for each user opened.
          key={dialog.kind === 'edit' ? dialog.user.id : 'new'}
          auth={auth}
          locations={locations}
          user={dialog.kind === 'edit' ? dialog.user : null}
          isSelf={dialog.kind === 'edit' && dialog.user.id === me.id}
          opened
          onClose={close}
          onSaved={(saved, created) => {
            close();
            notice.show('success', t(created ? 'adminUsers.created' : 'adminUsers.saved', { name: saved.name }));
          }}
        />
      )}
      {dialog?.kind === 'disable' && (
        <DisableUserDialog
          auth={auth}
          user={dialog.user}
          opened
          onClose={close}
          onDone={(saved) => {
            close();
            notice.show('success', t('adminUsers.disabled', { name: saved.name }));
          }}
        />
      )}
    </Stack>
  );
}
