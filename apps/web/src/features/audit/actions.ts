import type { TokenSource } from '../../lib/api.ts';
import { callBlob } from '../../lib/client.ts';

export type AccessLogFormat = 'pdf' | 'csv';

/** The GDPR art. 15 log extract as a file (exportCitizenAccessLogPdf / …Csv); producing it is audited. */
export const exportCitizenAccessLog = (tokens: TokenSource, citizenId: string, format: AccessLogFormat) =>
  callBlob(tokens, format === 'pdf' ? 'exportCitizenAccessLogPdf' : 'exportCitizenAccessLogCsv', { params: { id: citizenId } });

/**
 * Saves a blob under a file name. The file needs the bearer token, so a plain link cannot fetch it; an object URL
 * behind a temporary `download` link does, and is released straight after.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Released a little later: revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
