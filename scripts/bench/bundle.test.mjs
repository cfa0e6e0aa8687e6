import { describe, expect, it } from 'vitest';

import { chunkFileOf, firstLoadFiles, lazyChunkFiles } from './bundle.mjs';

/** A manifest shaped like Vite's: one entry, a shared chunk, a lazy one. */
const manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    isEntry: true,
    imports: ['_vendor-b2.js'],
    dynamicImports: ['src/Chart.tsx'],
  },
  '_vendor-b2.js': { file: 'assets/vendor-b2.js' },
  '_charts-e5.js': { file: 'assets/charts-e5.js', imports: ['index.html'] },
  'src/Chart.tsx': {
    file: 'assets/Chart-c3.js',
    isDynamicEntry: true,
    imports: ['index.html', '_vendor-b2.js', '_charts-e5.js'],
  },
};

describe('firstLoadFiles', () => {
  it('takes the entry and what it imports statically, not lazy chunks', () => {
    expect(firstLoadFiles(manifest)).toEqual([
      'assets/index-a1.js',
      'assets/vendor-b2.js',
    ]);
  });

  it('adds the app module the entry imports after the first paint', () => {
    const booted = {
      ...manifest,
      'index.html': {
        ...manifest['index.html'],
        dynamicImports: ['src/main.tsx'],
      },
      'src/main.tsx': {
        file: 'assets/main-f6.js',
        isDynamicEntry: true,
        imports: ['index.html', '_vendor-b2.js'],
        dynamicImports: ['src/Chart.tsx'],
      },
    };
    expect(firstLoadFiles(booted)).toEqual([
      'assets/index-a1.js',
      'assets/vendor-b2.js',
      'assets/main-f6.js',
    ]);
  });

  it('lists a chunk imported twice once', () => {
    const twice = {
      ...manifest,
      '_util-d4.js': { file: 'assets/util-d4.js', imports: ['_vendor-b2.js'] },
      'index.html': {
        ...manifest['index.html'],
        imports: ['_vendor-b2.js', '_util-d4.js'],
      },
    };

    expect(firstLoadFiles(twice)).toEqual([
      'assets/index-a1.js',
      'assets/vendor-b2.js',
      'assets/util-d4.js',
    ]);
  });

  it('refuses a manifest without an entry', () => {
    expect(() => firstLoadFiles({ 'src/Chart.tsx': { file: 'c.js' } })).toThrow(
      'no entry',
    );
  });
});

describe('chunkFileOf', () => {
  it('finds the hashed file built from a source module', () => {
    expect(chunkFileOf(manifest, 'src/Chart.tsx')).toBe('assets/Chart-c3.js');
  });

  it('names the module it cannot find', () => {
    expect(() => chunkFileOf(manifest, 'src/Gone.tsx')).toThrow('src/Gone.tsx');
  });
});

describe('lazyChunkFiles', () => {
  it('takes the chunk and its shared chunks, less the first load', () => {
    expect(lazyChunkFiles(manifest, 'src/Chart.tsx')).toEqual([
      'assets/Chart-c3.js',
      'assets/charts-e5.js',
    ]);
  });

  it('names the module it cannot find', () => {
    expect(() => lazyChunkFiles(manifest, 'src/Gone.tsx')).toThrow(
      'src/Gone.tsx',
    );
  });
});
