// Which of the built JavaScript files the page needs first, and how much
// they weigh. Read from Vite's manifest, because chunk names carry hashes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const DIST_DIR = 'dist';
const MANIFEST_PATH = join(DIST_DIR, '.vite', 'manifest.json');

/**
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[] }} Chunk
 * @typedef {Record<string, Chunk>} Manifest
 */

/** @returns {Manifest} */
export function readManifest(manifestPath = MANIFEST_PATH) {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(
      `${manifestPath} is missing or unreadable: run \`npm run build\` first`,
      { cause: error },
    );
  }
}

/**
 * The app's module, which the entry (src/boot.ts) imports once the
 * prerendered page is painted: it is needed before the form is usable.
 */
export const APP_MODULE = 'src/main.tsx';

/**
 * The files the browser loads before the form is usable: the entry chunks,
 * the app's module and, transitively, the chunks they import statically.
 * Chunks reached only through other dynamic import()s are left out; they
 * load later.
 *
 * @param {Manifest} manifest
 * @returns {string[]} paths relative to dist/, entry first
 * @example firstLoadFiles({ 'index.html': { file: 'a.js', isEntry: true } })
 * // ['a.js']
 */
export function firstLoadFiles(manifest) {
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  if (entries.length === 0) throw new Error('the manifest has no entry');
  const app = manifest[APP_MODULE] ? [APP_MODULE] : [];
  return staticImportsOf(manifest, [...entries, ...app]);
}

/**
 * A lazily loaded module's files: its chunk and the chunks it imports
 * statically that the first load has not brought already.
 *
 * @param {Manifest} manifest
 * @param {string} sourcePath e.g. 'src/features/results/PortfolioChart.tsx'
 * @returns {string[]} paths relative to dist/, the module's chunk first
 */
export function lazyChunkFiles(manifest, sourcePath) {
  const loaded = new Set(firstLoadFiles(manifest));
  return staticImportsOf(manifest, [sourcePath]).filter(
    (file) => !loaded.has(file),
  );
}

/** The files of the given chunks and, transitively, of their imports. */
function staticImportsOf(manifest, keys) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };

  for (const key of keys) visit(key);
  return files;
}

/** The file built from a source module, e.g. a lazily loaded component. */
export function chunkFileOf(manifest, sourcePath) {
  const chunk = manifest[sourcePath];
  if (!chunk) throw new Error(`the manifest has no chunk for ${sourcePath}`);
  return chunk.file;
}

/** Every JavaScript file of the build, relative to dist/. */
export function allScriptFiles(distDir = DIST_DIR) {
  return readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
}

/**
 * Raw, gzip (level 9) and brotli (quality 11) bytes of files added up,
 * each compressed on its own as a server would send it. The settings are
 * size-limit's, so both report the same figures.
 */
export function compressedSizes(files, distDir = DIST_DIR) {
  const sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    sizes.raw += content.length;
    sizes.gzip += gzipSync(content, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return sizes;
}
