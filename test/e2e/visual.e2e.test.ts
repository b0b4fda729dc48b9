// What a member sees on a 390 px phone, for every page × persona, plus the error and stale
// states: no sideways scrolling, every control inside the screen, every label at least 4.5:1
// against what is really behind it (colour alpha and opacity included), and thumb-sized tap
// targets (44 px on member pages, 32 px in the denser tester console). One page load per case;
// all checks run in one pass in the page (support/visual-audit.ts).
import { appUrl, baseUrl, phonePage } from './support/browser'
import { CATALOGUE, openCataloguePage, personasOf, settle, type CataloguePage } from './support/page-catalogue'
import { auditPage, formatFindings } from './support/visual-audit'

const page = phonePage()

const minTarget = (entry: CataloguePage) => (entry.tester ? 32 : 44)

async function expectClean(what: string, entry: CataloguePage): Promise<void> {
  const findings = await auditPage(page, { minTarget: minTarget(entry) })
  if (findings.length > 0) throw new Error(`${what}: ${findings.length} visual fault(s)\n${formatFindings(findings)}`)
}

// Each page as every persona it is for (the tester console and the store counter once, the
// visitor's screens as a visitor, each co-creation task kind as the co-creator).
const cases = CATALOGUE.flatMap((entry) => personasOf(entry).map((persona) => ({ entry, persona })))

test.each(cases.map((c) => [c.entry.name, c.persona, c] as const))('%s as %s: fits the screen, reads, and is easy to tap', async (_name, _persona, { entry, persona }) => {
  const opened = await openCataloguePage(page, baseUrl(), entry, persona)
  // A persona with nothing to open there (no invite, no coupon) has nothing to check.
  if (!opened) return
  await expectClean(`${entry.name} as ${persona}`, entry)
})

const byName = (name: string) => CATALOGUE.find((e) => e.name === name) as CataloguePage

test.each(['home', 'rights', 'coupons', 'growth-record', 'profile-edit', 'content-guide', 'cocreation-record', 'task-missing', 'programme'])('%s with the backend down: the error state fits and reads', async (name) => {
  const entry = byName(name)
  await openCataloguePage(page, baseUrl(), entry, entry.personas?.[0] ?? 'active', 'down')
  await expectClean(`${name} (down)`, entry)
})

// The home keeps its last good answer across launches (the rights and record keep theirs in memory
// only): with the backend down it shows that data under a banner whose 重试 must stay on screen.
test('home with saved data and the backend down: the stale banner wraps and keeps 重试 on screen', async () => {
  const entry = byName('home')
  await openCataloguePage(page, baseUrl(), entry, 'active')
  await page.goto(appUrl(baseUrl(), { persona: 'active', scenario: 'down', hashPath: `/${entry.route}` }))
  await page.getByText(/当前显示的是 .+ 保存的数据/).waitFor({ timeout: 15_000 })
  await settle(page)
  await expectClean('home (stale)', entry)
})

// Content is saved for offline reading: with the backend down it shows under a 离线 · 旧数据 banner.
test('content with a saved copy and the backend down: the offline banner fits and keeps 重试 on screen', async () => {
  const entry = byName('content-guide')
  await openCataloguePage(page, baseUrl(), entry, 'first-buyer')
  await page.goto(appUrl(baseUrl(), { persona: 'first-buyer', scenario: 'down', hashPath: `/${entry.route}?slug=getting-started` }))
  await page.getByTestId('content-offline').waitFor({ timeout: 30_000 })
  await settle(page)
  await expectClean('content (offline)', entry)
})
