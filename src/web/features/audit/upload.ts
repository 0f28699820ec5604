/** An export file's upload: a refused file (422) still carries its report, an answer rather than an error. */
import { type Upload, type UploadProgress, uploadBytes } from '#web/app/upload.ts';

export type { UploadProgress };

/** Statuses whose body is the answer itself (201 stored, 200 preview, 422 refused with its report). */
const ANSWERED = new Set([200, 201, 422]);

export const uploadFile = <T>(url: string, file: Blob, onProgress: (p: UploadProgress) => void): Upload<T> =>
  uploadBytes<T>(url, file, onProgress, { answered: ANSWERED });

/** The import URL with its options as query parameters; empty options are left out. */
export function importUrl(
  accountId: string,
  options: {
    fileName: string;
    preview: boolean;
    timeZone?: string;
    exportDate?: string;
    format?: string;
    mapping?: Record<string, string> | null;
  },
): string {
  const params = new URLSearchParams({ fileName: options.fileName.slice(0, 255) });
  if (options.preview) params.set('preview', '1');
  if (options.timeZone) params.set('timeZone', options.timeZone);
  if (options.exportDate) params.set('exportDate', options.exportDate);
  if (options.format) params.set('format', options.format);
  if (options.mapping) params.set('mapping', JSON.stringify(options.mapping));
  return `/api/audit/accounts/${encodeURIComponent(accountId)}/imports?${params.toString()}`;
}
