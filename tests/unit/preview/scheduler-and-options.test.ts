import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_PORT, parsePreviewOptions } from '../../../scripts/preview/options.ts';
import { RebuildScheduler } from '../../../scripts/preview/rebuild-scheduler.ts';

describe('RebuildScheduler', () => {
  afterEach(() => vi.useRealTimers());

  test('waits for a burst of changes to go quiet, then rebuilds once', async () => {
    vi.useFakeTimers();
    const rebuild = vi.fn(async () => undefined);
    const scheduler = new RebuildScheduler(rebuild, 300);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(200);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(200);
    expect(rebuild).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  test('never runs two rebuilds at once: changes during one queue exactly one more', async () => {
    vi.useFakeTimers();
    let running = 0;
    let overlap = false;
    const rebuild = vi.fn(async () => {
      running += 1;
      overlap ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      running -= 1;
    });
    const scheduler = new RebuildScheduler(rebuild, 10);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(20);
    for (let i = 0; i < 3; i++) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(3000);
    await scheduler.idle();
    expect(rebuild).toHaveBeenCalledTimes(2);
    expect(overlap).toBe(false);
  });
});

describe('parsePreviewOptions', () => {
  test('builds and watches on the default port by default', () => {
    expect(parsePreviewOptions([], {})).toEqual({
      build: true,
      watch: true,
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      zipDir: undefined,
    });
  });

  test('flags and PORT', () => {
    expect(parsePreviewOptions(['--no-build', '--no-watch'], { PORT: '4174' })).toMatchObject({
      build: false,
      watch: false,
      port: 4174,
    });
    expect(parsePreviewOptions(['--packages=/tmp/zips'], {})).toMatchObject({
      build: false,
      watch: false,
      zipDir: '/tmp/zips',
    });
  });

  test('refuses unknown flags and bad ports', () => {
    expect(() => parsePreviewOptions(['--nobuild'], {})).toThrow(/unknown option/);
    expect(() => parsePreviewOptions([], { PORT: 'http' })).toThrow(/PORT/);
  });
});
