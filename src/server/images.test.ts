import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '#core/errors.ts';
import { imageTypeOfKey, readStoredImage, sendImageFile } from './images.ts';
import { newKeyStem } from './storage/storage.ts';
import { memoryStorage } from './testing/memory-storage.ts';

describe('sending a stored image', () => {
  const storage = memoryStorage();
  const stem = newKeyStem('images');
  const bytes = new Uint8Array([1, 2, 3, 4]);

  const app = new Hono().get('/image', async (c) =>
    sendImageFile(c, await readStoredImage(storage, `${stem}.png`, { etag: '"x-image"', what: 'a test' }), {
      maxAge: 60,
    }),
  );

  it('types the file by the extension the server gave it', () => {
    expect(imageTypeOfKey(`${stem}.jpg`)).toBe('image/jpeg');
    expect(imageTypeOfKey(`${stem}.png`)).toBe('image/png');
    expect(imageTypeOfKey(`${stem}-thumb.webp`)).toBe('image/webp');
    expect(imageTypeOfKey(`${stem}.gif`)).toBe('application/octet-stream');
  });

  it('sends the bytes inline with their own type, privately cached and never sniffed; 304 when unchanged', async () => {
    await storage.put(`${stem}.png`, bytes);
    const first = await app.request('/image');
    expect(first.status).toBe(200);
    expect(Object.fromEntries(first.headers)).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'private, max-age=60',
      etag: '"x-image"',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
    });
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(bytes);
    const again = await app.request('/image', { headers: { 'if-none-match': '"x-image"' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe('"x-image"');
    expect(await again.text()).toBe('');
  });

  it('answers a missing file as not found and tells the operator', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(
      readStoredImage(storage, `${newKeyStem('images')}.jpg`, { etag: '"y"', what: 'a lost photo' }),
    ).rejects.toEqual(new AppError('not_found'));
    expect(String(log.mock.calls[0]?.[0])).toContain('a lost photo');
    log.mockRestore();
  });
});
