/**
 * Sends a file's bytes as the request body, with real upload progress (fetch cannot report it). Same
 * origin, so the browser's Origin header passes the server's CSRF check like any other request.
 */
import { ApiError, toApiError } from './api.ts';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface Upload<T> {
  done: Promise<{ status: number; body: T }>;
  abort: () => void;
}

export interface UploadOptions {
  /** Statuses whose JSON body is the answer (e.g. a refused import's 422 still carries its report). */
  answered: ReadonlySet<number>;
  contentType?: string;
}

export function uploadBytes<T>(
  url: string,
  file: Blob,
  onProgress: (p: UploadProgress) => void,
  options: UploadOptions,
): Upload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<{ status: number; body: T }>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', options.contentType ?? 'application/octet-stream');
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
      if (options.answered.has(xhr.status) && parsed !== null)
        resolve({ status: xhr.status, body: parsed as T });
      else reject(toApiError(xhr.status, parsed, xhr.getResponseHeader('Retry-After')));
    };
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
