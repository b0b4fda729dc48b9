// Every page of the member H5 app with what it needs to open for a persona: shared by the
// visual checks (test/e2e/visual.e2e.test.ts) and the screenshot gallery (`npm run shots`).
import type { Page } from 'playwright-core'
import { callInPage, openApp, type Scenario } from './browser'

export interface CataloguePage {
  /** Short name used in file names and test titles. */
  name: string
  route: string
  /** The tester console: denser controls are allowed there (32 px instead of 44 px). */
  tester?: boolean
  /** Query string the page needs for a persona; null when the persona has nothing to show there. */
  query?: (page: Page, persona: string) => Promise<string | null>
}

const firstId = async (page: Page, path: string, key: string, persona: string): Promise<string | null> => {
  const { status, body } = await callInPage<Record<string, Array<{ id: string }>>>(page, path, persona)
  const id = status === 200 ? body[key]?.[0]?.id : undefined
  return id ? `?id=${encodeURIComponent(id)}` : null
}

export const CATALOGUE: CataloguePage[] = [
  { name: 'home', route: 'pages/home/index' },
  { name: 'rights', route: 'pages/rights/index' },
  { name: 'coupons', route: 'pages/coupons/index' },
  { name: 'profile', route: 'pages/profile/index' },
  { name: 'growth', route: 'pages/growth/index' },
  { name: 'growth-record', route: 'pages/growth-record/index' },
  { name: 'right-detail', route: 'pages/right-detail/index', query: async () => '?id=r-free-shipping' },
  // The workshop seat: locked, held by active's workshop invite (凭邀请解锁), or the co-creator's by level.
  { name: 'right-seat', route: 'pages/right-detail/index', query: async () => '?id=r-workshop-seat' },
  { name: 'invites', route: 'pages/invites/index' },
  { name: 'invite-detail', route: 'pages/invite-detail/index', query: (p, who) => firstId(p, '/invites', 'invites', who) },
  { name: 'claim-center', route: 'pages/claim-center/index' },
  { name: 'coupon-code', route: 'pages/coupon-code/index', query: (p, who) => firstId(p, '/coupons?status=available', 'coupons', who) },
  { name: 'not-found', route: 'pages/not-found/index' },
  { name: 'member-code', route: 'pages/member-code/index' },
  { name: 'messages', route: 'pages/messages/index' },
  { name: 'share-poster', route: 'pages/share-poster/index', query: async () => '?kind=home' },
  { name: 'tester', route: 'pages/tester/index', tester: true },
]

/** The visible page's container (Taro keeps hidden pages of the stack in the DOM). */
export const VISIBLE_PAGE = '.taro_page:not([style*="display: none"])'

/**
 * Opens one page as a persona and waits until it has settled: no skeleton left and the network
 * quiet. Answers false when the persona has nothing to open there (no invite, no coupon).
 */
export async function openCataloguePage(page: Page, base: string, entry: CataloguePage, persona: string, scenario?: Scenario): Promise<boolean> {
  let search = ''
  if (entry.query) {
    // The msw worker answers only once the app has started: land first, then ask for an id.
    await openApp(page, base, { persona })
    await page.waitForLoadState('networkidle').catch(() => undefined)
    const found = await entry.query(page, persona)
    if (found === null) return false
    search = found
  }
  await openApp(page, base, { persona, scenario, hashPath: `/${entry.route}${search}` })
  await settle(page)
  return true
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined)
  await page
    .waitForFunction((sel) => !document.querySelector(`${sel} .skeleton`), VISIBLE_PAGE, { timeout: 8_000 })
    .catch(() => undefined)
  await page.waitForTimeout(200)
}
