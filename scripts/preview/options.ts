export interface PreviewOptions {
  /** Run `npm run build` first (off with --no-build: serve what dist/packages holds). */
  build: boolean;
  /** Rebuild when modules/ changes and reload open pages (off with --no-watch). */
  watch: boolean;
  host: string;
  port: number;
  /** Where the zips are: dist/packages, or the folder of --packages=<dir> (which implies --no-build). */
  zipDir: string | undefined;
}

export const DEFAULT_PORT = 4173;

const USAGE =
  'usage: tsx scripts/preview.ts [--no-build] [--no-watch] [--packages=<dir of zips>]   (PORT=<port> changes the port)';

export function parsePreviewOptions(args: readonly string[], env: NodeJS.ProcessEnv): PreviewOptions {
  const options: PreviewOptions = {
    build: true,
    watch: true,
    host: '127.0.0.1',
    port: DEFAULT_PORT,
    zipDir: undefined,
  };
  for (const arg of args) {
    if (arg === '--no-build') options.build = false;
    else if (arg.startsWith('--packages=')) {
      options.zipDir = arg.slice('--packages='.length);
      options.build = false;
      options.watch = false;
    } else if (arg === '--no-watch') options.watch = false;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw new Error(`PORT must be 0–65535, not ${env.PORT}`);
    options.port = port;
  }
  return options;
}
