import { defineConfig } from 'vitest/config';

/**
 * Builds the course player: one JavaScript file and one stylesheet with stable names, no lazily loaded chunks
 * (Moodle's player frame has trouble with dynamic imports) and a relative base, so the same files work in any
 * package folder. `scripts/build.ts` runs it once per SCORM version and once for the extras, and writes the
 * player, its stylesheet and the module outline into each SCO's index.html.
 */
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist/player',
    emptyOutDir: true,
    // ES2022: every browser Moodle 4.5 and ILIAS support (Chrome and Edge 94+, Firefox 93+, Safari 16.4+), and the
    // Moodle app's web view; class fields and `??=` ship as written, a little smaller than lowered.
    target: 'es2022',
    cssCodeSplit: false,
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: 'src/main.ts',
      output: {
        format: 'iife',
        entryFileNames: 'player.js',
        assetFileNames: 'player[extname]',
      },
    },
  },
  test: {
    // unit: fast, no build; integration: the real build end to end (slow: it builds twice and validates every zip)
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
