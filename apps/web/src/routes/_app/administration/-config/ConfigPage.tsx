import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DocumentTitle } from '../../../../components/DocumentTitle/DocumentTitle.tsx';
import { Notice, type NoticeMessage } from '../../../../components/Notice/Notice.tsx';

interface ConfigPageProps {
  title: string;
  intro: string;
  addLabel?: string;
  onAdd?(): void;
  /** Shown under the heading; a long form shows its own beside its buttons instead (Regelværdier). */
  notice?: { notice: NoticeMessage | null; clear(): void };
  children: ReactNode;
}

/** The frame of an admin section: heading, one line on what it is, the add button and the latest message. */
export function ConfigPage({ title, intro, addLabel, onAdd, notice, children }: ConfigPageProps) {
  return (
    <Stack gap="lg">
      <DocumentTitle title={title} />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed" mt={4}>
            {intro}
          </Text>
        </div>
        {addLabel && onAdd && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Group>
      {notice && <Notice notice={notice.notice} onClose={notice.clear} />}
      {children}
    </Stack>
  );
}

/** A bordered, scrollable table with a caption for screen readers. */
export function ConfigTable({ caption, minWidth = 640, children }: { caption: string; minWidth?: number; children: ReactNode }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={minWidth}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <caption>
            <VisuallyHidden>{caption}</VisuallyHidden>
          </caption>
          {children}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
