/**
 * Times `npm run build` end to end, as a developer or CI runs it (npm and tsx start-up included). A failing
 * build stops the bench: there is nothing to measure.
 */
import { spawn } from 'node:child_process';

export async function timeBuild(projectRoot: string): Promise<number> {
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ code: exitCode, output: Buffer.concat(chunks).toString() }));
  });
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output}`);
  return performance.now() - started;
}
