/**
 * Sends a poster's bytes as the request body with real upload progress (fetch cannot report it). Same
 * origin, so the browser's Origin header passes the server's CSRF check like any other request.
 */
import { ApiError, toApiError } from '#web/app/api.ts';
import type { Asset } from './types.ts';

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface Upload<T> {
  done: Promise<T>;
  abort: () => void;
}

export function uploadImage<T>(url: string, file: Blob, onProgress: (p: UploadProgress) => void): Upload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    // The server tells the image type from the bytes, whatever this says.
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
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
      if (xhr.status === 201 && parsed !== null) resolve(parsed as T);
      else reject(toApiError(xhr.status, parsed, xhr.getResponseHeader('Retry-After')));
    };
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

export interface UploadAnswer {
  asset: Asset;
  versionId: string;
}

export const newAssetUrl = (campaignId: string, title: string) =>
  `/api/campaigns/${encodeURIComponent(campaignId)}/assets?${new URLSearchParams({ title: title.slice(0, 160), kind: 'poster' })}`;

export const newVersionUrl = (assetId: string) => `/api/assets/${encodeURIComponent(assetId)}/versions`;
