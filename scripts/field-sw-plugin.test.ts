import { describe, expect, it } from 'vitest';
import { fieldFiles } from './field-sw-plugin.ts';

describe('the files the volunteer page needs offline', () => {
  const manifest = {
    'index.html': { file: 'assets/index-1.js', css: ['assets/index-1.css'], imports: ['boot.tsx'] },
    'boot.tsx': { file: 'assets/boot-1.js', imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared-1.js' },
    'features/field/volunteer-page.tsx': {
      file: 'assets/volunteer-page-1.js',
      css: ['assets/volunteer-page-1.css'],
      imports: ['_shared.js', '_outbox.js'],
    },
    '_outbox.js': { file: 'assets/outbox-1.js' },
    'app/messages/en-base.ts': { file: 'assets/en-base-1.js', imports: ['_shared.js'] },
    'features/audit/account-page.tsx': { file: 'assets/account-page-1.js', imports: ['_charts.js'] },
    '_charts.js': { file: 'assets/charts-1.js' },
  };

  it('are the entry, the app, the volunteer page, their imports and styles, and the English catalogue — nothing else', () => {
    expect(fieldFiles(manifest)).toEqual([
      '/assets/boot-1.js',
      '/assets/en-base-1.js',
      '/assets/index-1.css',
      '/assets/index-1.js',
      '/assets/outbox-1.js',
      '/assets/shared-1.js',
      '/assets/volunteer-page-1.css',
      '/assets/volunteer-page-1.js',
      '/field-icon.svg',
      '/field.webmanifest',
    ]);
  });

  it('fails the build when the volunteer page is missing', () => {
    const { 'features/field/volunteer-page.tsx': _gone, ...rest } = manifest;
    expect(() => fieldFiles(rest)).toThrow(/volunteer-page/);
  });
});
