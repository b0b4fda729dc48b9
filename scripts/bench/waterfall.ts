// `npx tsx scripts/bench/waterfall.ts <built H5 dir> [throttle] [hash route]`: one cold load of a
// built H5 app (the member build signs in as persona active's phone against the HTTP fake
// backend, on the port the bench recorded; a mock build as its default persona), printed as a waterfall: every request's start and end,
// long tasks, marks and when the level became visible, on the page's clock. For finding what the
// first screen waits on; not part of the bench's figures.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startMockServer } from '../../mock/server/start-mock-server'
import { launchBrowser } from '../../test/e2e/support/browser'
import { startStaticServer } from '../lib/static-server'
import { recordedApiPort } from './builds'
import { memberSession, openSession, waitSeen } from './measure'

async function main(): Promise<void> {
  const [dir, throttleArg = '4', route = ''] = process.argv.slice(2)
  if (!dir) throw new Error('usage: waterfall.ts <built H5 dir> [throttle] [hash route]')
  const out = path.resolve(__dirname, '..', '..', 'bench', 'out')
  const api = await startMockServer({ port: recordedApiPort(out), host: '127.0.0.1', persona: 'active' })
  const site = await startStaticServer(path.resolve(dir))
  const browser = await launchBrowser()
  try {
    // A mock build answers in the page as its default persona: no member session to bring.
    const mockBuild = readFileSync(path.join(dir, 'index.html'), 'utf8').includes('mockServiceWorker')
    const storage = mockBuild ? {} : await memberSession(api.url, '13800001234')
    const watch = { level: { selector: '[data-testid="level-name"]', text: true }, appLevel: { selector: '.taro_page [data-testid="level-name"]', text: true }, skeleton: { selector: '[role="status"][aria-label^="正在加载"]' } }
    const { context, page } = await openSession(browser, `${site.url}/${route ? `#${route}` : ''}`, watch, Number(throttleArg), storage)
    const level = await waitSeen(page, 'level')
    await page.waitForTimeout(1000)
    const rows = (await page.evaluate(`[
      ...performance.getEntriesByType('navigation').map((e) => ({ t: 0, end: e.domContentLoadedEventEnd, what: 'navigation (end = DOMContentLoaded)' })),
      ...performance.getEntriesByType('resource').map((e) => ({ t: e.startTime, end: e.responseEnd, what: e.initiatorType + ' ' + e.name.replace(location.origin, '') })),
      ...performance.getEntriesByType('mark').map((e) => ({ t: e.startTime, end: e.startTime, what: 'mark ' + e.name })),
      ...window.__bench.longtasks.map((e) => ({ t: e.start, end: e.start + e.duration, what: 'long task' })),
      ...Object.entries(window.__bench.seen).map(([k, v]) => ({ t: v, end: v, what: 'seen ' + k })),
      { t: window.__bench.fcp, end: window.__bench.fcp, what: 'first contentful paint' },
    ]`)) as { t: number; end: number; what: string }[]
    for (const r of rows.sort((a, b) => a.t - b.t)) {
      console.log(`${r.t.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${r.what}`)
    }
    console.log(`level visible at ${level.toFixed(0)} ms`)
    await context.close()
  } finally {
    await browser.close()
    await site.close()
    await api.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
