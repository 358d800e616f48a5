/** Set by scripts/build.ts for each build of the player (src/main.ts); absent in tests and tools. */
interface ImportMetaEnv {
  readonly IMH_SCORM_VERSION?: '1.2' | '2004';
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
