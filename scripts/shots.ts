// `npm run shots` (not part of `npm test`): every page × persona of the H5 mock build at 390 × 844,
// plus the error (scenario=down), stale (cached data, then the backend down) and empty states,
// into shots/ (gitignored) with an index.html contact sheet, so anyone can look at the whole app
// on one page. Each shot's visual-check findings are written under it. Builds dist/h5 first
// unless SHOTS_SKIP_BUILD=1 and a build exists. SHOTS_ONLY=<regex> photographs only the pages
// whose catalogue name matches (e.g. SHOTS_ONLY='^(sign-in|join)').
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { appUrl, launchBrowser, newPhoneContext, type Scenario } from '../test/e2e/support/browser'
import { CATALOGUE, openCataloguePage, personasOf, settle, type CataloguePage } from '../test/e2e/support/page-catalogue'
import { auditPage, type VisualFinding } from '../test/e2e/support/visual-audit'
import { startStaticServer } from './lib/static-server'

const root = path.resolve(__dirname, '..')
const dist = path.join(root, 'dist', 'h5')
const out = path.join(root, 'shots')

interface Shot {
  file: string
  page: string
  persona: string
  state: string
  findings: VisualFinding[]
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)

function contactSheet(shots: Shot[]): string {
  const cards = shots
    .map(
      (s) => `<figure><a href="${s.file}"><img src="${s.file}" loading="lazy" alt="${escapeHtml(`${s.page} ${s.persona} ${s.state}`)}"></a>
<figcaption><b>${escapeHtml(s.page)}</b> · ${escapeHtml(s.persona)} · ${escapeHtml(s.state)}${
        s.findings.length ? `<ul>${s.findings.map((f) => `<li>${escapeHtml(`${f.kind}: ${f.what} — ${f.detail}`)}</li>`).join('')}</ul>` : ''
      }</figcaption></figure>`,
    )
    .join('\n')
  return `<!doctype html><meta charset="utf-8"><title>member-circle shots</title>
<style>body{font:14px system-ui;margin:16px;background:#eee}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px}
figure{margin:0;background:#fff;padding:8px;border-radius:8px}img{width:100%;border:1px solid #ccc}ul{color:#a00;font-size:12px;padding-left:16px}</style>
<h1>member-circle · ${shots.length} shots · ${new Date().toISOString()}</h1><main>${cards}</main>`
}

async function main(): Promise<void> {
  if (!(process.env.SHOTS_SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html')))) {
    process.stdout.write('[shots] building H5 (npm run build:h5)…\n')
    const built = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'ignore' })
    if (built.status !== 0) throw new Error('npm run build:h5 failed')
  }
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const server = await startStaticServer(dist)
  const browser = await launchBrowser()
  const shots: Shot[] = []
  const take = async (entry: CataloguePage, persona: string, state: string, open: (page: import('playwright-core').Page) => Promise<boolean>) => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    try {
      if (!(await open(page))) return
      const file = `${entry.name}--${persona}--${state}.png`
      await page.screenshot({ path: path.join(out, file), fullPage: false })
      const findings = await auditPage(page, { minTarget: entry.tester ? 32 : 44 })
      shots.push({ file, page: entry.name, persona, state, findings })
      process.stdout.write(`[shots] ${file}${findings.length ? ` (${findings.length} findings)` : ''}\n`)
    } catch (err) {
      process.stdout.write(`[shots] ${entry.name} ${persona} ${state} failed: ${(err as Error).message.split('\n')[0]}\n`)
    } finally {
      await context.close()
    }
  }
  try {
    const only = process.env.SHOTS_ONLY ? new RegExp(process.env.SHOTS_ONLY) : null
    for (const entry of CATALOGUE.filter((e) => !only || only.test(e.name))) {
      for (const persona of personasOf(entry)) {
        await take(entry, persona, 'ok', (p) => openCataloguePage(p, server.url, entry, persona))
      }
      if (entry.query || entry.tester || entry.offline || entry.prepare || entry.name === 'not-found') continue
      const who = entry.personas?.[0] ?? 'active'
      await take(entry, who, 'error', (p) => openCataloguePage(p, server.url, entry, who, 'down' as Scenario))
      // Stale: the page once loaded (cached), then reopened with the backend down.
      // Only the home keeps its data across launches; the other pages' stale state lives in memory.
      if (entry.name !== 'home') continue
      await take(entry, 'active', 'stale', async (p) => {
        await openCataloguePage(p, server.url, entry, 'active')
        await p.goto(appUrl(server.url, { persona: 'active', scenario: 'down', hashPath: `/${entry.route}` }))
        await settle(p)
        return true
      })
    }
    // Empty states come with the personas: the newcomer has no record, invites or used coupons.
    writeFileSync(path.join(out, 'index.html'), contactSheet(shots))
    process.stdout.write(`[shots] ${shots.length} shots → ${path.join(out, 'index.html')}\n`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`)
  process.exit(1)
})
