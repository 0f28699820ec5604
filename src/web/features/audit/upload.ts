/**
 * Sends an export file's bytes as the request body, with real upload progress (fetch cannot report it).
 * Same origin, so the browser's Origin header passes the server's CSRF check like any other request.
 * A refused file (422) still carries its report: the caller gets it as an answer, not as an error.
 */
import { ApiError, toApiError } from '#web/app/api.ts';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface Upload<T> {
  done: Promise<{ status: number; body: T }>;
  abort: () => void;
}

/** Statuses whose body is the answer itself (201 stored, 200 preview, 422 refused with its report). */
const ANSWERED = new Set([200, 201, 422]);

export function uploadFile<T>(url: string, file: Blob, onProgress: (p: UploadProgress) => void): Upload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<{ status: number; body: T }>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) =>
      onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onerror = () => reject(new ApiError('network', 0, 'network'));
    xhr.onabort = () => reject(new ApiError('network', 0, 'aborted'));
    xhr.onload = () => {
      let parsed: unknown = null;
      if (xhr.responseText) {
        try {
          parsed = JSON.parse(xhr.responseText);
        } catch {
          // A proxy's HTML error page is not JSON: the status alone decides below.
          parsed = null;
        }
      }
      if (ANSWERED.has(xhr.status) && parsed !== null) resolve({ status: xhr.status, body: parsed as T });
      else reject(toApiError(xhr.status, parsed, xhr.getResponseHeader('Retry-After')));
    };
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

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
