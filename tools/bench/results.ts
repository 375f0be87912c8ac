/** The shape of a benchmark run's results, as written to bench-results/*.json. */
import type { PageWeight } from "./page-weight";
import type { StepTiming } from "./gatsby-output";
import type { ImageOutputSummary, ImageWork } from "./image-work";

export type Scenario =
  | "cold"
  | "warm, nothing changed"
  | "warm, one post's text edited"
  | "warm, one post's image replaced"
  | "warm, a template edited";

export interface BuildRun {
  seconds: number;
  /** Sum of the resident memory of the build's process tree, at its highest sample. */
  peakRssBytes: number;
  /** The largest single process at any sample. */
  peakProcessRssBytes: number;
  exitCode: number;
  imageWork: ImageWork;
  /** Image jobs Gatsby reported. */
  imageJobs: number;
  /** Gatsby's own step timings. */
  steps: StepTiming[];
  /** Social cards the build drew rather than reused. */
  cardsDrawn: number;
}

export interface ScenarioResult {
  scenario: Scenario;
  runs: BuildRun[];
  medianSeconds: number;
}

export interface PageReport {
  page: string;
  weight: PageWeight;
  /** The page has typeset math (KaTeX's HTML). */
  hasMath: boolean;
  /** The page's CSS has KaTeX's rules. */
  katexCss: boolean;
  /** The page's CSS declares KaTeX's fonts. */
  katexFonts: boolean;
  /** The post's text is also in its page-data.json (null: no long paragraph to look for). */
  bodyInPageData: boolean | null;
}

export interface LighthouseReport {
  page: string;
  runs: number;
  /** Scores 0–100 and metrics, medians of the runs. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Requests the page made, as Lighthouse saw them (first run). */
  requests: number;
  /** Requests to any origin but the local server (must be none). */
  externalRequests: string[];
  /** Audits of the first run that did not pass, by id, for finding what costs points. */
  failedAudits: string[];
}

export interface ModeResult {
  mode: string;
  builds: ScenarioResult[];
  images: ImageOutputSummary | null;
  pages: PageReport[];
  lighthouse: LighthouseReport[];
  /** What drawing one social card costs, measured apart from the build; null when not measured. */
  cardCost: CardCost | null;
}

export interface CardCost {
  /** Cards drawn to measure it, one per core at a time, in a fresh process. */
  cards: number;
  /** Wall-clock milliseconds per card. */
  millisecondsPerCard: number;
}

export type BudgetStatus = "met" | "missed" | "not measured";

export interface BudgetResult {
  id: string;
  budget: string;
  measured: string;
  status: BudgetStatus;
}

export interface CorpusSummary {
  /** The folder given with --corpus; null for synthetic posts. */
  folder: string | null;
  posts: number;
  japanesePosts: number;
  figures: number;
  figureBytes: number;
  seconds: number;
}

export interface BenchResult {
  startedAt: string;
  options: Record<string, unknown>;
  environment: Record<string, string | number>;
  corpus: CorpusSummary | null;
  modes: ModeResult[];
  /** The baseline project's builds of the same posts, when --baseline was given. */
  baseline: { project: string; builds: ScenarioResult[] } | null;
  budgets: Record<string, BudgetResult[]>;
}
