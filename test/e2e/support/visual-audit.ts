// What a member sees going wrong on a phone, measured in the page in one pass: sideways
// scrolling, controls off the screen, labels below 4.5:1 contrast (text colour's alpha and every
// ancestor's opacity composed over the real background behind it), tap targets too small, short
// labels broken over two lines ("4 天后到" / "期"), and filled controls flush against the screen edge.
import type { Page } from 'playwright-core'
import { VISIBLE_PAGE } from './page-catalogue'

export interface VisualFinding {
  kind: 'sideways-scroll' | 'off-screen' | 'contrast' | 'tap-target' | 'broken-label' | 'edge'
  what: string
  detail: string
}

export interface AuditOptions {
  /** Smallest tap target side in CSS px: 44 on member pages, 32 in the tester console. */
  minTarget: number
  minContrast?: number
}

export async function auditPage(page: Page, { minTarget, minContrast = 4.5 }: AuditOptions): Promise<VisualFinding[]> {
  // tsx (esbuild, used by `npm run shots`) wraps named inner functions in `__name(…)`; give the page one.
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)')
  return (await page.evaluate(
    ([visiblePage, target, needed]) => {
      type RGBA = [number, number, number, number]
      const findings: Array<{ kind: string; what: string; detail: string }> = []
      const vw = window.innerWidth
      const root = document.querySelector(visiblePage)
      if (!root) return [{ kind: 'off-screen', what: 'page', detail: 'no visible page' }]
      const tabbar = document.querySelector('.weui-tabbar')
      const scopes = [root, ...(tabbar ? [tabbar] : [])]

      const describe = (el: Element) => {
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)
        const cls = el.classList[0] ? `.${el.classList[0]}` : ''
        return `${el.tagName.toLowerCase()}${cls} "${text}"`
      }
      const parse = (c: string): RGBA => {
        const m = c.match(/rgba?\(([^)]+)\)/)
        if (!m) return [0, 0, 0, 0]
        const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]
      }
      const over = (top: RGBA, bottom: RGBA): RGBA => {
        const a = top[3] + bottom[3] * (1 - top[3])
        if (a === 0) return [0, 0, 0, 0]
        const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a
        return [mix(0), mix(1), mix(2), a]
      }
      const luminance = ([r, g, b]: RGBA) => {
        const ch = (v: number) => {
          const s = v / 255
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
        }
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
      }
      const ratio = (a: RGBA, b: RGBA) => {
        const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
        return (l1 + 0.05) / (l2 + 0.05)
      }
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect()
        const cs = getComputedStyle(el)
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'
      }
      // Opacity multiplies down the tree; the background is the stack of ancestors' fills,
      // composed from the page's own colour upwards. A gradient or image counts as its first colour stop.
      const opacityOf = (el: Element) => {
        let o = 1
        for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity)
        return o
      }
      const backgroundOf = (el: Element): RGBA => {
        const layers: RGBA[] = []
        for (let e: Element | null = el; e; e = e.parentElement) {
          const cs = getComputedStyle(e)
          let fill = parse(cs.backgroundColor)
          const stop = cs.backgroundImage.match(/rgba?\([^)]+\)/)
          if (stop && fill[3] === 0) fill = parse(stop[0])
          const o = Number(cs.opacity)
          if (fill[3] > 0) layers.push([fill[0], fill[1], fill[2], fill[3] * o])
          if (fill[3] * o >= 1) break
        }
        return layers.reduceRight<RGBA>((acc, layer) => over(layer, acc), [255, 255, 255, 1])
      }

      // 1. Sideways scrolling: the document or the page's own scroller is wider than the screen.
      const scrollers = [document.scrollingElement, root].filter(Boolean) as Element[]
      for (const s of scrollers) {
        if (s.scrollWidth > s.clientWidth + 1) {
          findings.push({ kind: 'sideways-scroll', what: describe(s).slice(0, 30), detail: `scrollWidth ${s.scrollWidth} > ${s.clientWidth}` })
        }
      }

      const CONTROL = '[role=button],[role=link],[role=tab],[role=radio],[role=checkbox],[role=switch],taro-button-core,button,a,input,.weui-tabbar__item'
      const controls = scopes.flatMap((s) => [...s.querySelectorAll(CONTROL)]).filter(visible)
      const seen = new Set<Element>()
      for (const el of controls) {
        // A control inside another control (a label inside a button) is measured as the outer one.
        if (seen.has(el) || controls.some((o) => o !== el && o.contains(el))) continue
        seen.add(el)
        // Taro's <Input> is a wrapper (taro-input-core) around a bare <input>: the wrapper is the target.
        const r = (el.closest('taro-input-core') ?? el).getBoundingClientRect()
        // 2. Every control inside the viewport horizontally.
        if (r.left < -1 || r.right > vw + 1) {
          findings.push({ kind: 'off-screen', what: describe(el), detail: `x ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}` })
        }
        // 3. Tap targets: the control's own box, whichever side is shorter.
        if (r.width < target - 0.5 || r.height < target - 0.5) {
          findings.push({ kind: 'tap-target', what: describe(el), detail: `${Math.round(r.width)}×${Math.round(r.height)} < ${target}` })
        }
        // 6. A filled or outlined control keeps a margin from the screen's edges (the tab bar is not
        //    in `root`); flush against the glass it looks cut off.
        const cs = getComputedStyle(el)
        const drawn = parse(cs.backgroundColor)[3] > 0 || cs.backgroundImage !== 'none' || (parseFloat(cs.borderLeftWidth) > 0 && parse(cs.borderLeftColor)[3] > 0)
        if (drawn && r.width < vw - 2 && (r.left < 4 || r.right > vw - 4)) {
          findings.push({ kind: 'edge', what: describe(el), detail: `x ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}` })
        }
      }

      // 5. A short label (a button's, a tab's, a badge's: a run of eight characters or fewer) stays
      //    on one line: each text run is measured on its own, so an icon above a label is fine.
      const LABELS = `${CONTROL},[class*="badge"],[class*="tag"],[class*="pill"]`
      const checked = new Set<Node>()
      for (const el of scopes.flatMap((s) => [...s.querySelectorAll(LABELS)]).filter(visible)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = (n.textContent ?? '').trim()
          if (checked.has(n) || text === '' || [...text].length > 8) continue
          checked.add(n)
          const range = document.createRange()
          range.selectNodeContents(n)
          const tops = [...range.getClientRects()].filter((q) => q.width > 0).map((q) => q.top)
          if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 4) {
            findings.push({ kind: 'broken-label', what: describe(el), detail: `"${text}" on ${tops.length} lines` })
          }
        }
      }

      // 4. Contrast of every element that holds text of its own.
      for (const scope of scopes) {
        for (const el of [scope, ...scope.querySelectorAll('*')]) {
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
          if (!own || !visible(el)) continue
          const cs = getComputedStyle(el)
          const bg = backgroundOf(el)
          const fg = parse(cs.color)
          const shown = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg)
          const c = ratio(shown, bg)
          if (c < needed) {
            findings.push({ kind: 'contrast', what: describe(el), detail: `${c.toFixed(2)}:1 (${cs.color} over rgb(${bg.slice(0, 3).map(Math.round).join(',')}))` })
          }
        }
      }
      return findings
    },
    [VISIBLE_PAGE, minTarget, minContrast] as const,
  )) as VisualFinding[]
}

export function formatFindings(findings: VisualFinding[]): string {
  return findings.map((f) => `  ${f.kind}: ${f.what} — ${f.detail}`).join('\n')
}
