// The bench's table: one row per figure, a budget beside it, PASS/FAIL; and bench/results.md.
import type { ColdLoad } from './measure'

export interface Row {
  figure: string
  value: string
  budget: string
  pass?: boolean
  note?: string
}

export const KB = 1024
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
export const ms = (x: number) => `${Math.round(x)} ms`
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
export const list = (xs: number[]) => `runs ${xs.map((x) => Math.round(x)).join(' / ')}`

/** Median and the runs of one figure over a set of cold loads. */
export function figure(loads: ColdLoad[], f: (l: ColdLoad) => number): { value: number; runs: string } {
  return { value: median(loads.map(f)), runs: list(loads.map(f)) }
}

/** The H5 timing rows of one build (label: "H5 mock build", "H5 member build"). */
export function h5TimingRows(label: string, one: ColdLoad[], four: ColdLoad[]): Row[] {
  const rows: Row[] = []
  for (const [name, f] of [
    ['first contentful paint', (l: ColdLoad) => l.fcp],
    ['skeleton or level visible', (l: ColdLoad) => l.meaningful],
    ['level name visible', (l: ColdLoad) => l.visible],
    ["level name visible in the app's own card", (l: ColdLoad) => l.seen.appLevel ?? NaN],
  ] as const) {
    for (const [x, loads] of [['1×', one], ['4×', four]] as const) {
      const v = figure(loads, f)
      rows.push({ figure: `${label}: ${name}, ${x}`, value: ms(v.value), budget: '—', note: v.runs })
    }
  }
  const lt1 = figure(one, (l) => l.longTasks)
  const lt4 = figure(four, (l) => l.longTasks)
  rows.push({ figure: `${label}: long tasks > 50 ms, 1×`, value: String(lt1.value), budget: '—', note: `until level + 1 s; ${lt1.runs}` })
  rows.push({ figure: `${label}: long tasks > 50 ms, 4×`, value: String(lt4.value), budget: '—', note: lt4.runs })
  return rows
}

/** Budgeted row: value against a limit, with the figure's own formatting. */
export function budgetRow(figureName: string, value: number, limit: number, fmt: (x: number) => string, budgetText: string, note?: string): Row {
  return { figure: figureName, value: fmt(value), budget: budgetText, pass: value <= limit, note }
}

export function markdown(rows: Row[]): string {
  const fmt = (r: Row) => `| ${r.figure} | ${r.value} | ${r.budget} | ${r.pass === undefined ? '' : r.pass ? 'PASS' : '**FAIL**'} | ${r.note ?? ''} |`
  return ['| Figure | Value | Budget | Result | Notes |', '| --- | --: | --- | --- | --- |', ...rows.map(fmt)].join('\n')
}
