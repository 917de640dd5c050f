import { describe, expect, it } from 'vitest';
import { chunkFilesOf, type BundleChunk } from '../../../src/utils/search/converter-chunks.ts';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []): BundleChunk => ({ type: 'chunk', fileName, facadeModuleId, imports });

describe('the query converter’s chunk files', () => {
  const bundle = {
    '_astro/page.js': chunk('_astro/page.js', '/src/pages/search.astro?script', ['_astro/strings.js']),
    '_astro/strings.js': chunk('_astro/strings.js', null),
    '_astro/chain.js': chunk('_astro/chain.js', '/src/lib/conversion-chain.ts', ['_astro/trie.js', '_astro/strings.js']),
    '_astro/trie.js': chunk('_astro/trie.js', '/src/lib/dictionary-trie.ts'),
    '_astro/TSCharacters.js': chunk('_astro/TSCharacters.js', '/node_modules/opencc-js/dict/TSCharacters.js', ['_astro/trie.js']),
    '_astro/page.css': { type: 'asset' as const },
  };

  it('are the chunks of the modules imported on first use, with what they import statically, each once, in bundle order', () => {
    expect(chunkFilesOf(bundle, ['/node_modules/opencc-js/dict/TSCharacters.js', '/src/lib/conversion-chain.ts'])).toEqual([
      '_astro/strings.js',
      '_astro/chain.js',
      '_astro/trie.js',
      '_astro/TSCharacters.js',
    ]);
  });

  it('leave out a module with no chunk of its own (bundled into another), and are none for none', () => {
    expect(chunkFilesOf(bundle, ['/src/lib/inlined.ts'])).toEqual([]);
    expect(chunkFilesOf(bundle, [])).toEqual([]);
  });
});
