import type { UploadProgress } from '#web/app/upload.ts';

/** How far an upload has gone: a bar, and a line saying so (the caller's words: bytes sent, or "reading"). */
export function ProgressBar({
  progress,
  label,
  caption,
  testId = 'upload-progress',
}: {
  progress: UploadProgress;
  label: string;
  caption: string;
  testId?: string;
}) {
  const total = Math.max(progress.total, 1);
  const percent = Math.min(100, Math.round((progress.sent / total) * 100));
  return (
    <div class="progress" data-testid={testId}>
      <div
        class="progress__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p class="progress__count" aria-live="polite">
        {caption}
      </p>
    </div>
  );
}
