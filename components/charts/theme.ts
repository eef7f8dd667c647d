/**
 * Chart colours come from CSS custom properties, so the site's light and dark themes restyle charts:
 *   --chart-text, --chart-grid, --chart-series-1 … --chart-series-6
 * Unset properties fall back to the container's own text colour and a palette picked for
 * contrast against the background that text colour implies.
 */

/** Colours one chart is drawn with. */
export interface ChartTheme {
  text: string;
  grid: string;
  series: string[];
}

// Both palettes keep ≥ 3:1 contrast on white / near-black and stay apart for common colour blindness.
const LIGHT = ['#1d5fbf', '#b4480f', '#1b7a3d', '#7a3fb5', '#b3245a', '#0f6f6a'];
const DARK = ['#7ab4ff', '#ff9f5a', '#5fd68a', '#c9a0ff', '#ff7aa8', '#4fd1c5'];

/** Dash patterns by line index, so lines differ by more than colour. */
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];

/** Parse `rgb(…)`/`rgba(…)` as computed by the browser; undefined for other syntaxes. */
export function parseRgb(color: string): [number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** True when the colour is light (so it is text on a dark background). */
export function isLight(color: string): boolean {
  const rgb = parseRgb(color);
  if (!rgb) return false;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4;
}

function withAlpha(color: string, alpha: number): string {
  const rgb = parseRgb(color);
  return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})` : `rgba(128, 128, 128, ${alpha})`;
}

/**
 * A colour as canvas understands it. Custom properties hold their raw text (`var(--x)`,
 * `light-dark(…)`), so the browser resolves them on a hidden probe element.
 */
function resolveColor(el: Element, raw: string): string | undefined {
  const probe = document.createElement('span');
  probe.style.color = raw;
  if (!probe.style.color) return undefined;
  probe.style.display = 'none';
  el.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || undefined;
}

/** Read the chart theme that applies to `el` right now. */
export function readTheme(el: Element): ChartTheme {
  const cs = getComputedStyle(el);
  const prop = (name: string): string | undefined => {
    const raw = cs.getPropertyValue(name).trim();
    return raw ? resolveColor(el, raw) : undefined;
  };
  const text = prop('--chart-text') ?? cs.color ?? '#222';
  const palette = isLight(text) ? DARK : LIGHT;
  return {
    text,
    grid: prop('--chart-grid') ?? withAlpha(text, 0.18),
    series: palette.map((fallback, i) => prop(`--chart-series-${i + 1}`) ?? fallback),
  };
}

/** True when the user asked for less motion. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Call `onChange` whenever the theme may have changed: the OS colour scheme, or the site chrome
 * setting `data-theme` (or a class/style) on <html>. Installed once per page; returns nothing
 * because charts live as long as the page.
 */
export function watchTheme(onChange: () => void): void {
  globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', onChange);
  new MutationObserver(onChange).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
}
