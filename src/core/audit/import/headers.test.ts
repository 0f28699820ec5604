import { describe, expect, it } from 'vitest';
import type { PostType } from '../model.ts';
import { META_POST_HEADERS, resolveHeader, TIKTOK_CONTENT_HEADERS } from './headers.ts';
import { normalisePostType } from './post-types.ts';

describe('header synonyms', () => {
  it.each([
    ['Post ID', 'post_id', 'en'],
    ['ID Postingan', 'post_id', 'id'],
    ['  publish   TIME ', 'publish_time', 'en'],
    ['Waktu penerbitan', 'publish_time', 'id'],
    ['Frekuensi Disimpan', 'saves', 'id'],
    ['Frekuensi dibagikan', 'shares', 'id'],
    ['Reactions, Comments and Shares', 'reactions_comments_shares', 'en'],
    ['Reaksi', 'reactions', 'id'],
    ['ID Halaman', 'page_id', 'id'],
    ['Nama Halaman', 'page_name', 'id'],
    ['\uFEFFPost ID', 'post_id', 'en'],
  ])('%j names %s in %s', (header, field, language) => {
    const resolved = resolveHeader([header], META_POST_HEADERS);
    expect(resolved.columns).toEqual({ [field]: 0 });
    expect(resolved.language).toBe(language);
  });

  it('finds columns wherever they stand and lists the unknown and repeated ones', () => {
    const resolved = resolveHeader(
      ['Shares', 'Mystery', 'Post ID', 'Permalink', 'Shares'],
      META_POST_HEADERS,
    );
    expect(resolved.columns).toEqual({ shares: 0, post_id: 2, permalink: 3 });
    expect(resolved.unknown).toEqual(['Mystery']);
    expect(resolved.duplicates).toEqual(['shares']);
  });

  it('lets a name spelt alike in both languages vote for neither', () => {
    expect(resolveHeader(['Permalink', 'Komentar'], META_POST_HEADERS).language).toBe('id');
    expect(resolveHeader(['Permalink'], META_POST_HEADERS).language).toBe('en');
    expect(resolveHeader(['Nothing'], TIKTOK_CONTENT_HEADERS).language).toBeNull();
  });
});

describe('post types', () => {
  it.each<[string, PostType]>([
    ['IG reel', 'reel'],
    ['Reel IG', 'reel'],
    ['IG image', 'image'],
    ['Gambar IG', 'image'],
    ['IG carousel', 'carousel'],
    ['Carousel IG', 'carousel'],
    ['IG story', 'story'],
    ['Photos', 'image'],
    ['Videos', 'video'],
    ['Reels', 'reel'],
    ['Links', 'link'],
    ['Status', 'text'],
    ['Live video', 'live'],
    ['Album', 'carousel'],
    ['Something new', 'other'],
    ['', 'other'],
  ])('%j is %s', (label, type) => {
    expect(normalisePostType(label)).toBe(type);
  });
});
