/**
 * Instagram's "Download your information" posts file (`your_instagram_activity/media/posts_1.json`):
 * an array of posts, each with its media. It has no metrics at all; it is useful for an account whose
 * owner has no Business Suite access, for posting frequency, times and formats.
 *
 * Meta writes the text as UTF-8 bytes each escaped as a Latin-1 code point (`\u00f0\u009f\u0098\u0082`
 * for 😂), so every string is re-decoded. A post with one medium keeps its date and title on the
 * medium; a post with several keeps them on the post.
 */
import { z } from 'zod';
import { type ImportedPost, noMetrics } from '../model.ts';
import { decodeChunks } from './decode.ts';
import { splitJsonArray } from './json-array.ts';
import type { ImportRow, RowResult } from './outcome.ts';
import { rejectRow } from './table.ts';

const MEDIUM = z.object({
  uri: z.string().optional(),
  creation_timestamp: z.number().optional(),
  title: z.string().optional(),
});
const POST = z.object({
  media: z.array(z.unknown()).optional(),
  creation_timestamp: z.number().optional(),
  title: z.string().optional(),
});

/**
 * Undoes Meta's Latin-1 escaping: a string whose code points are all below 256 is taken as bytes and
 * decoded as UTF-8. Text that is not valid UTF-8 that way (real Latin-1, `café` written correctly) is
 * returned unchanged.
 */
export function fixMetaText(text: string): string {
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) escaped = true;
  }
  if (!escaped) return text;
  const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
  const decoded = new TextDecoder('utf-8').decode(bytes);
  return decoded.includes('\uFFFD') ? text : decoded;
}

const VIDEO_URI = /\.(mp4|mov|m4v|webm)$/i;

export function mapInstagramJsonPost(value: unknown, line: number): RowResult<ImportedPost> {
  const post = POST.safeParse(value);
  if (!post.success) return rejectRow(line, 'not_an_object');
  const media = (post.data.media ?? [])
    .map((medium) => MEDIUM.safeParse(medium))
    .filter((m) => m.success)
    .map((m) => m.data);
  const first = media[0];
  const uri = first?.uri?.trim() ?? '';
  if (uri === '') return rejectRow(line, 'missing_post_id', 'media.uri');
  const seconds = post.data.creation_timestamp ?? first?.creation_timestamp;
  if (seconds === undefined) return rejectRow(line, 'missing_date', 'creation_timestamp');
  if (!Number.isFinite(seconds) || seconds <= 0) return rejectRow(line, 'bad_date', 'creation_timestamp');
  const title = fixMetaText(post.data.title ?? first?.title ?? '').trim();
  return {
    ok: {
      platformPostId: uri,
      ownerAccountId: null,
      ownerHandle: null,
      publishedAt: Math.round(seconds * 1000),
      type: media.length > 1 ? 'carousel' : VIDEO_URI.test(uri) ? 'video' : 'image',
      typeLabel: null,
      caption: title === '' ? null : title,
      permalink: null,
      durationSeconds: null,
      metrics: noMetrics(),
    },
  };
}

export async function* importInstagramJson(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ImportRow> {
  const seen = new Set<string>();
  for await (const item of splitJsonArray(decodeChunks(chunks))) {
    if ('notArray' in item) {
      yield { kind: 'problem', line: item.line, reason: 'not_an_array' };
      return;
    }
    if ('unreadable' in item) {
      yield { kind: 'rejected', line: item.line, reason: 'unreadable' };
      return;
    }
    const parsed = parseJson(item.text);
    if (!parsed.ok) {
      yield { kind: 'rejected', line: item.line, reason: 'unreadable' };
      continue;
    }
    const result = mapInstagramJsonPost(parsed.value, item.line);
    if ('rejected' in result) yield { kind: 'rejected', ...result.rejected };
    else if (seen.has(result.ok.platformPostId))
      yield { kind: 'rejected', line: item.line, reason: 'duplicate_post_id', column: 'media.uri' };
    else {
      seen.add(result.ok.platformPostId);
      yield { kind: 'post', line: item.line, post: result.ok };
    }
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // A malformed element is that post's rejection; any other error is a bug and propagates.
    if (error instanceof SyntaxError) return { ok: false };
    throw error;
  }
}
