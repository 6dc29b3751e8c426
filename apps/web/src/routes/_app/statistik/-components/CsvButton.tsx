import { Button } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import type { TokenSource } from '../../../../lib/api.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { saveBlob } from '../../../../features/audit/actions.ts';
import { exportStatisticsCsv } from '../../../../features/statistics/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** Downloads one table as CSV (Danish format, UTF-8 with BOM); `label` names the table for screen readers. */
export function CsvButton({ auth, path, fileName, label }: { auth: TokenSource; path: string; fileName: string; label: string }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [pending, setPending] = useState(false);
  const download = async () => {
    notice.clear();
    setPending(true);
    try {
      saveBlob(await exportStatisticsCsv(auth, path), fileName);
      notice.show('success', t('statistics.csv.saved'));
    } catch (error) {
      notice.showError(error);
    } finally {
      setPending(false);
    }
  };
  return (
    <div>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        loading={pending}
        aria-label={`${t('statistics.csv')}: ${label}`}
        onClick={() => void download()}
      >
        {t('statistics.csv')}
      </Button>
      <Notice notice={notice.notice} onClose={notice.clear} />
    </div>
  );
}
