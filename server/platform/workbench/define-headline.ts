/**
 * A headline figure of the leaders' overview (数据大屏): one of the module's own report figures, shown large
 * with last year's value beside it and drilling down to its records. The value is always the metric's own
 * (`/api/v1/metrics/:key`), so the screen and the annual report never disagree.
 */
export interface HeadlineFigure {
  /** The module's metric (`<module>.<measure>`, listed in the same manifest's `metrics`). */
  metricKey: string;
  /** A short caption for the screen (the metric's own label is a report's sentence). */
  label: { 'zh-CN': string; 'en-US': string };
  /** Smaller first across modules; ties keep the manifests' order. */
  order?: number;
}

const registry = new Map<string, HeadlineFigure>();

/** Declares a headline figure (listed in a manifest's `headlines`; registered at boot). */
export function defineHeadline(figure: HeadlineFigure): HeadlineFigure {
  return Object.freeze(figure);
}

/** Registers a declared headline (kernel boot only); the same metric declared twice stops the boot. */
export function registerHeadline(figure: HeadlineFigure): void {
  const existing = registry.get(figure.metricKey);
  if (existing && existing !== figure) throw new Error(`Headline ${figure.metricKey} is declared twice`);
  registry.set(figure.metricKey, figure);
}

/** The installed modules' headline figures, in screen order. */
export function listHeadlines(): HeadlineFigure[] {
  return [...registry.values()]
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => (a.figure.order ?? 100) - (b.figure.order ?? 100) || a.index - b.index)
    .map(({ figure }) => figure);
}
