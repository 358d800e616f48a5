/** The shape of dist/bench.json: everything the bench measured, and every budget check. */
import type { BudgetCheck, BudgetSummary } from './budgets.ts';
import type { LoadFigures } from './load-figures.ts';
import type { ModuleRun } from './module-run.ts';
import type { BenchPackage } from './packages.ts';
import type { PageTurnFigures } from './page-turn.ts';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  playwrightCore: string;
}

export interface PackageResult extends Omit<LoadFigures, 'normal' | 'fast3g'> {
  name: string;
  kind: BenchPackage['kind'];
  scormVersion: BenchPackage['version'];
  /** The SCO measured: the package's only one, or a course's first. */
  launch: string;
  zipBytes: number;
  timing: { normal: LoadFigures['normal']; fast3g: LoadFigures['fast3g'] };
  /** Module packages: one learner through the whole module. */
  /** Module packages: page turns with the CPU slowed 4× (scripts/bench/page-turn.ts). */
  pageTurn: PageTurnFigures | null;
  journey: ModuleRun | null;
  /** Module packages: characters of cmi.suspend_data, the largest seen in the journey and the codec's worst case. */
  resume: { observedMaxChars: number; worstCaseChars: number } | null;
  budgets: BudgetCheck[];
}

export interface BenchResult {
  date: string;
  durationMs: number;
  machine: MachineInfo;
  settings: {
    runs: number;
    buildRuns: number;
    quietMs: number;
    viewport: { width: number; height: number };
    fast3g: { latencyMs: number; downloadBitsPerSecond: number; uploadBitsPerSecond: number };
    /** The reference SCO's median time to Initialize on Fast 3G: the yardstick of the Initialize budget. */
    referenceFast3gInitMs: number | null;
  };
  build: { runsMs: number[]; medianMs: number; budget: BudgetCheck };
  packages: PackageResult[];
  budgets: BudgetSummary[];
  pass: boolean;
}
