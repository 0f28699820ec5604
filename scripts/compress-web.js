// Writes .br and .gz beside each built script and stylesheet, so the server sends them compressed
// without compressing on every request (serveStatic's `precompressed`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ASSETS = 'dist/web/assets';

for (const file of readdirSync(ASSETS)) {
  if (!/\.(js|css)$/.test(file)) continue;
  const path = join(ASSETS, file);
  const content = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
  );
}
