import { Button } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { saveBlob } from '../../../../features/audit/actions.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

/**
 * Downloads one table as CSV (Danish format, UTF-8 with BOM) through `download` (an export of
 * features/statistics/queries.ts); `label` names the table for screen readers.
 */
export function CsvButton({ download: fetchCsv, fileName, label }: { download: () => Promise<Blob>; fileName: string; label: string }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [pending, setPending] = useState(false);
  const download = async () => {
    notice.clear();
    setPending(true);
    try {
      saveBlob(await fetchCsv(), fileName);
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
