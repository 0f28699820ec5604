/** A poster's upload: the server tells the image type from the bytes, whatever the browser says. */
import { type UploadProgress, uploadBytes } from '#web/app/upload.ts';
import type { Asset } from './types.ts';

export type { UploadProgress };

export function uploadImage<T>(
  url: string,
  file: Blob,
  onProgress: (p: UploadProgress) => void,
): { done: Promise<T>; abort: () => void } {
  const upload = uploadBytes<T>(url, file, onProgress, {
    answered: new Set([201]),
    contentType: file.type || 'application/octet-stream',
  });
  return { done: upload.done.then((answer) => answer.body), abort: upload.abort };
}

export interface UploadAnswer {
  asset: Asset;
  versionId: string;
}

export const newAssetUrl = (campaignId: string, title: string) =>
  `/api/campaigns/${encodeURIComponent(campaignId)}/assets?${new URLSearchParams({ title: title.slice(0, 160), kind: 'poster' })}`;

export const newVersionUrl = (assetId: string) => `/api/assets/${encodeURIComponent(assetId)}/versions`;
