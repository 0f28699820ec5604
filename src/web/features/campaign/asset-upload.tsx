/** Uploading a poster (a new one, or the next version of one) with a progress bar and a way to cancel. */

import { useRef, useState } from 'preact/hooks';
import { MAX_IMAGE_BYTES } from '#core/campaign/image-type.ts';
import { formatBytes } from '#core/i18n/format.ts';
import { ApiError, asApiError } from '#web/app/api.ts';
import { fieldText, locale, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Field } from '#web/components/ui/field.tsx';
import { ProgressBar } from '#web/components/ui/progress-bar.tsx';
import { newAssetUrl, newVersionUrl, type UploadAnswer, type UploadProgress, uploadImage } from './upload.ts';

const ACCEPT = 'image/jpeg,image/png,image/webp';

/** One upload in flight: progress, the abort handle, and the error of the last attempt. */
function useUpload() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const abort = useRef<(() => void) | null>(null);
  async function start(url: string, file: File): Promise<UploadAnswer | null> {
    setError(null);
    if (file.size > MAX_IMAGE_BYTES) {
      setError(
        new ApiError('payload_too_large', 413, 'too large', [
          { field: 'file', rule: 'file_too_big', params: { max: MAX_IMAGE_BYTES / (1024 * 1024) } },
        ]),
      );
      return null;
    }
    setProgress({ sent: 0, total: file.size });
    const upload = uploadImage<UploadAnswer>(url, file, setProgress);
    abort.current = upload.abort;
    try {
      return await upload.done;
    } catch (failure) {
      const problem = asApiError(failure);
      // A cancelled upload is the person's own choice: nothing to report.
      if (problem.message !== 'aborted') setError(problem);
      return null;
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }
  return { progress, error, start, cancel: () => abort.current?.() };
}

function UploadState({ upload, label }: { upload: ReturnType<typeof useUpload>; label: string }) {
  return (
    <>
      {upload.progress && (
        <div class="stack">
          <ProgressBar
            progress={upload.progress}
            label={label}
            caption={
              upload.progress.sent >= upload.progress.total
                ? t('campaign.upload.processing')
                : t('campaign.upload.sending', {
                    sent: formatBytes(locale.value, upload.progress.sent),
                    total: formatBytes(locale.value, upload.progress.total),
                  })
            }
          />
          <Button variant="ghost" size="small" onClick={upload.cancel}>
            {t('campaign.upload.cancel')}
          </Button>
        </div>
      )}
      {upload.error &&
        (fieldText(upload.error, 'file') ? (
          <p class="field__error" role="alert">
            {fieldText(upload.error, 'file')}
          </p>
        ) : (
          <FormError error={upload.error} />
        ))}
    </>
  );
}

export function NewPosterUpload({ campaignId, onUploaded }: { campaignId: string; onUploaded: () => void }) {
  const [title, setTitle] = useState('');
  const upload = useUpload();
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      class="card stack"
      noValidate
      data-testid="poster-upload"
      onSubmit={async (e) => {
        e.preventDefault();
        const file = input.current?.files?.[0];
        if (!file || !title.trim()) return;
        const answer = await upload.start(newAssetUrl(campaignId, title.trim()), file);
        if (answer) {
          toast(t('campaign.upload.done', { title: answer.asset.title }));
          setTitle('');
          if (input.current) input.current.value = '';
          onUploaded();
        }
      }}
    >
      <h3>{t('campaign.assets.newTitle')}</h3>
      <p class="muted">{t('campaign.assets.privacy', { max: formatBytes(locale.value, MAX_IMAGE_BYTES) })}</p>
      <Field
        label={t('campaign.assets.title')}
        value={title}
        onValue={setTitle}
        maxLength={160}
        required
        data-testid="poster-title"
      />
      <div class="field">
        <label class="field__label" for="poster-file">
          {t('campaign.assets.file')}
        </label>
        <input
          id="poster-file"
          ref={input}
          type="file"
          accept={ACCEPT}
          class="input"
          data-testid="poster-file"
        />
      </div>
      <UploadState upload={upload} label={t('campaign.assets.newTitle')} />
      <Button type="submit" busy={!!upload.progress} data-testid="poster-submit">
        {t('campaign.assets.upload')}
      </Button>
    </form>
  );
}

/** "Upload a new version": picking the file starts the upload at once. */
export function VersionUpload({
  assetId,
  nextVersion,
  onUploaded,
}: {
  assetId: string;
  nextVersion: number;
  onUploaded: () => void;
}) {
  const upload = useUpload();
  const id = `version-file-${assetId}`;
  return (
    <div class="stack c-version-upload" data-testid="version-upload">
      <label class="btn btn--secondary btn--small c-file-button" for={id}>
        {t('campaign.assets.newVersion', { n: nextVersion })}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        class="visually-hidden"
        data-testid="version-file"
        disabled={!!upload.progress}
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          const target = e.currentTarget;
          if (!file) return;
          const answer = await upload.start(newVersionUrl(assetId), file);
          target.value = '';
          if (answer) {
            toast(t('campaign.upload.versionDone', { n: nextVersion }));
            onUploaded();
          }
        }}
      />
      <UploadState upload={upload} label={t('campaign.assets.newVersion', { n: nextVersion })} />
    </div>
  );
}
