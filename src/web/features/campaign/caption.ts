/**
 * The caption checks as the calendar runs them while a caption is typed. The checks module is large (its
 * word lists), so only the campaign pages import this file: it never reaches a participant's first load.
 */
import { type CaptionReport, type CaptionWarning, checkCaption } from '#core/review/caption-checks.ts';
import { type CaptionPlatform, isCaptionPlatform } from '#core/review/lexicons.ts';
import type { ContentPlatform } from './types.ts';

/** The checks know Instagram, TikTok and Facebook limits; other platforms are held to Instagram's. */
export function captionPlatformOf(platform: ContentPlatform): CaptionPlatform {
  return isCaptionPlatform(platform) ? platform : 'instagram';
}

/** The checks of a post's caption; null while it has none (an idea without text is not a bad caption). */
export function checkPost(caption: string, platform: ContentPlatform): CaptionReport | null {
  if (caption.trim() === '') return null;
  return checkCaption(caption, { platform: captionPlatformOf(platform) });
}

export const warningsOf = (caption: string, platform: ContentPlatform): CaptionWarning[] =>
  checkPost(caption, platform)?.warnings ?? [];
