// axe-core in the built H5 app: injects the library into the page, runs it over the whole
// document and reports the violations that matter (serious and critical) in a readable form.
import type { AxeResults, ImpactValue, Result } from 'axe-core'
import type { Page } from 'playwright-core'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const axeSource: string = require('axe-core').source

export interface AxeViolation {
  id: string
  impact: ImpactValue | null | undefined
  help: string
  helpUrl: string
  targets: string[]
  html: string[]
}

export interface RunAxeOptions {
  /**
   * CSS selectors left out of the check. Use only for markup the app cannot influence (Taro's
   * own chrome), and say why beside each.
   */
  exclude?: string[]
  /**
   * Narrower than `exclude`: drops one rule's finding on elements matching `selector` only (for
   * a Taro wrapper that holds the whole page, where excluding the wrapper would hide the app).
   */
  ignore?: Array<{ rule: string; selector: string; why: string }>
}

export async function injectAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined')
  if (!loaded) await page.addScriptTag({ content: axeSource })
}

/** Runs axe over the document (minus `exclude`) and returns every violation, all impacts. */
export async function runAxe(page: Page, { exclude = [], ignore = [] }: RunAxeOptions = {}): Promise<AxeViolation[]> {
  await injectAxe(page)
  const results = (await page.evaluate(
    async ([excluded, ignored]) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
      const context = excluded.length > 0 ? { include: [document], exclude: excluded.map((s) => [s]) } : document
      const run = await axe.run(context as never, { resultTypes: ['violations'] })
      const isIgnored = (rule: string, target: unknown[]) => {
        const el = typeof target[0] === 'string' ? document.querySelector(target[0]) : null
        return ignored.some((i) => i.rule === rule && el?.matches(i.selector))
      }
      for (const v of run.violations) v.nodes = v.nodes.filter((n) => !isIgnored(v.id, n.target as unknown[]))
      run.violations = run.violations.filter((v) => v.nodes.length > 0)
      return run
    },
    [exclude, ignore] as const,
  )) as AxeResults
  return results.violations.map((v: Result) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    html: v.nodes.map((n) => n.html.slice(0, 160)),
  }))
}

export const BLOCKING: ReadonlyArray<ImpactValue> = ['serious', 'critical']

export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact != null && BLOCKING.includes(v.impact))
}

/** One line per violation and one per offending node: id, impact, help, target, markup. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [`${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`, ...v.targets.map((t, i) => `    ${t}\n      ${v.html[i]}`)].join('\n'),
    )
    .join('\n')
}
