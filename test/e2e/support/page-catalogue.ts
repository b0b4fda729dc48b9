// Every page of the member H5 app with what it needs to open for a persona: shared by the
// visual checks (test/e2e/visual.e2e.test.ts) and the screenshot gallery (`npm run shots`).
import type { Page } from 'playwright-core'
import { PERSONA_IDS } from '../../../mock/personas/persona-ids'
import { callInPage, openApp, type Scenario } from './browser'

/** Nobody signed in: the page opens with no persona (the sign-in, programme and join screens). */
export const VISITOR = 'visitor'

export interface CataloguePage {
  /** Short name used in file names and test titles. */
  name: string
  route: string
  /** The tester console: denser controls are allowed there (32 px instead of 44 px). */
  tester?: boolean
  /** Query string the page needs for a persona; null when the persona has nothing to show there. */
  query?: (page: Page, persona: string) => Promise<string | null>
  /** Who opens the page; every persona when absent (VISITOR: nobody signed in). */
  personas?: readonly string[]
  /** Once the page has settled, brings it to the state the entry names (consent ticked, code sent). */
  prepare?: (page: Page) => Promise<void>
  /** The page asks the backend nothing, so it has no error state to check. */
  offline?: boolean
}

/** The personas a page is checked and photographed as. */
export function personasOf(entry: CataloguePage): readonly string[] {
  if (entry.personas) return entry.personas
  return entry.tester ? ['active'] : PERSONA_IDS
}

const firstId = async (page: Page, path: string, key: string, persona: string): Promise<string | null> => {
  const { status, body } = await callInPage<Record<string, Array<{ id: string }>>>(page, path, persona)
  const id = status === 200 ? body[key]?.[0]?.id : undefined
  return id ? `?id=${encodeURIComponent(id)}` : null
}

type TaskKind = 'feedback' | 'survey' | 'content' | 'vote'

/**
 * A co-creation task of one kind, open for submissions: the co-creator's feedback task is open
 * already; the others come with an invite it accepts first, and the clock moves to when the task
 * opens (a survey opens once its workshop is over). Null for a persona with no such invite.
 */
const openTaskOf = (kind: TaskKind) => async (page: Page, persona: string): Promise<string | null> => {
  type Task = { id: string; kind: string; opensAt: string; inviteId?: string }
  const tasks = async () => (await callInPage<{ tasks: Task[] }>(page, '/cocreation/tasks', persona)).body.tasks ?? []
  let task = (await tasks()).find((t) => t.kind === kind)
  if (!task) {
    const inviteKinds: Record<TaskKind, string[]> = { feedback: ['beta_test'], survey: ['workshop'], content: ['content'], vote: ['governance'] }
    const { body } = await callInPage<{ invites?: Array<{ id: string; kind: string; status: string; slots?: Array<{ id: string }> }> }>(page, '/invites', persona)
    const invite = body.invites?.find((i) => inviteKinds[kind].includes(i.kind) && i.status === 'pending')
    if (!invite) return null
    const slotId = invite.slots?.[0]?.id
    await callInPage(page, `/invites/${encodeURIComponent(invite.id)}/response`, persona, { method: 'POST', body: { accept: true, ...(slotId ? { slotId } : {}) } })
    task = (await tasks()).find((t) => t.kind === kind)
    if (!task) return null
  }
  const { body: clock } = await callInPage<{ now: string }>(page, '/mock/clock', persona)
  if (Date.parse(task.opensAt) > Date.parse(clock.now)) {
    await callInPage(page, '/mock/clock', persona, { method: 'POST', body: { now: new Date(Date.parse(task.opensAt) + 3_600_000).toISOString() } })
  }
  return `?id=${encodeURIComponent(task.id)}`
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
  { name: 'profile-edit', route: 'pages/profile-edit/index' },
  // Journeys (issue 26): community events are open from 积极互动; the list is the same page for every level.
  { name: 'community', route: 'pages/community/index', personas: ['active', 'first-buyer'] },
  { name: 'posts', route: 'pages/posts/index', personas: ['active', 'newcomer'] },
  { name: 'referrals', route: 'pages/referrals/index', personas: ['active'] },
  { name: 'ideas', route: 'pages/ideas/index', personas: ['active', 'newcomer'] },
  { name: 'value', route: 'pages/value/index', personas: ['active'] },
  { name: 'journey', route: 'pages/journey/index', personas: ['active', 'first-buyer'] },
  // Content behind a right: 新手上路, 有问必答 (with the member's own questions), 新品早鸟 (by level).
  { name: 'content-guide', route: 'pages/content/index', query: async () => '?slug=getting-started' },
  { name: 'content-faq', route: 'pages/content/index', query: async () => '?slug=faq' },
  { name: 'content-early-bird', route: 'pages/content/index', query: async () => '?slug=early-bird' },
  // 我的共创: empty for most, an adopted idea for the co-creator.
  { name: 'cocreation-record', route: 'pages/cocreation-record/index' },
  // One open task per kind; only the co-creator has (or is invited to) each.
  { name: 'task-feedback', route: 'pages/cocreation-task/index', personas: ['cocreator'], query: openTaskOf('feedback') },
  { name: 'task-survey', route: 'pages/cocreation-task/index', personas: ['cocreator'], query: openTaskOf('survey') },
  { name: 'task-content', route: 'pages/cocreation-task/index', personas: ['cocreator'], query: openTaskOf('content') },
  { name: 'task-vote', route: 'pages/cocreation-task/index', personas: ['cocreator'], query: openTaskOf('vote') },
  { name: 'task-missing', route: 'pages/cocreation-task/index', personas: ['active'], query: async () => '?id=task-none' },
  // A visitor's way in: sign in by phone (and with a code sent), the programme, the join form and its consent.
  { name: 'sign-in', route: 'pages/sign-in/index', personas: [VISITOR], offline: true },
  { name: 'sign-in-code-sent', route: 'pages/sign-in/index', personas: [VISITOR], offline: true, prepare: sendSignInCode },
  { name: 'programme', route: 'pages/programme/index', personas: [VISITOR] },
  // Signed in but not joined (the mock's visitor persona): the home tab shows the programme.
  { name: 'home-visitor', route: 'pages/home/index', personas: ['visitor~1'] },
  { name: 'join', route: 'pages/join/index', personas: [VISITOR], offline: true },
  { name: 'join-consent', route: 'pages/join/index', personas: [VISITOR], offline: true, prepare: tickConsentAndFill },
  // The store counter is the staff's own app, the same for every persona; staff tap it all day, so 44 px too.
  { name: 'store-counter', route: 'pages/store-counter/index', personas: ['active'] },
  { name: 'store-counter-signed-in', route: 'pages/store-counter/index', personas: ['active'], prepare: signInAtCounter },
  { name: 'store-counter-coupon', route: 'pages/store-counter/index', personas: ['active'], prepare: previewCouponAtCounter },
  { name: 'store-counter-checkout', route: 'pages/store-counter/index', personas: ['active'], prepare: memberCheckoutAtCounter },
  { name: 'tester', route: 'pages/tester/index', tester: true },
]

async function sendSignInCode(page: Page): Promise<void> {
  await page.locator(`${VISIBLE_PAGE} input[aria-label="手机号"]`).fill('15800001111')
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByRole('button', { name: /秒后重发/ }).waitFor({ timeout: 10_000 })
}

/** The consent ticked, a nickname and both choices made: every control of the form in its "on" look. */
async function tickConsentAndFill(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }).click()
  await page.getByRole('textbox', { name: '昵称' }).fill('新朋友')
  await page.getByRole('radio', { name: '更看重品质与体验' }).click()
  await page.getByRole('checkbox', { name: '新品' }).click()
}

/** A clerk of 上海静安店 signed in with its PIN: the redeem form and the earning panel. */
async function signInAtCounter(page: Page): Promise<void> {
  await page.locator(`${VISIBLE_PAGE} input[aria-label="门店 PIN"]`).fill('2468')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByText('当前门店：上海静安店').waitFor({ timeout: 10_000 })
}

/** A code issued in the page (its worker is the backend), scanned as a keyboard-wedge scanner types it. */
async function scanAtCounter(page: Page, issuePath: string): Promise<void> {
  const code = await page.evaluate(async (p) => ((await (await fetch(`/api/v1${p}`, { method: 'POST', headers: { 'X-Persona': 'active' } })).json()) as { code: string }).code, issuePath)
  await page.locator(`${VISIBLE_PAGE} input[aria-label="券码或会员码"]`).fill(code)
  await page.keyboard.press('Enter')
}

/** A coupon code looked up: the coupon, its state and 确认核销. */
async function previewCouponAtCounter(page: Page): Promise<void> {
  await signInAtCounter(page)
  await scanAtCounter(page, '/coupons/c-0004/code')
  await page.getByTestId('coupon-preview').waitFor({ timeout: 10_000 })
}

/** A member code looked up, one coupon ticked and the order filled in: the checkout form. */
async function memberCheckoutAtCounter(page: Page): Promise<void> {
  await signInAtCounter(page)
  await scanAtCounter(page, '/me/code')
  const form = page.getByTestId('member-checkout')
  await form.getByRole('checkbox').first().click({ timeout: 10_000 })
  await form.locator('input[aria-label="订单号"]').fill('SHOT-1')
  await form.locator('input[aria-label="实付金额（元）"]').fill('128')
}

/** The visible page's container (Taro keeps hidden pages of the stack in the DOM). */
export const VISIBLE_PAGE = '.taro_page:not([style*="display: none"])'

/**
 * Opens one page as a persona and waits until it has settled: no skeleton left and the network
 * quiet. Answers false when the persona has nothing to open there (no invite, no coupon).
 */
export async function openCataloguePage(page: Page, base: string, entry: CataloguePage, persona: string, scenario?: Scenario): Promise<boolean> {
  let search = ''
  const who = persona === VISITOR ? undefined : persona
  if (entry.query) {
    // The msw worker answers only once the app has started: land first, then ask for an id.
    await openApp(page, base, { persona: who })
    await page.waitForLoadState('networkidle').catch(() => undefined)
    const found = await entry.query(page, persona)
    if (found === null) return false
    search = found
  }
  await openApp(page, base, { persona: who, scenario, hashPath: `/${entry.route}${search}` })
  await settle(page)
  if (entry.prepare) {
    await entry.prepare(page)
    await settle(page)
  }
  return true
}

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 8_000 }).catch(() => undefined)
  await page
    .waitForFunction((sel) => !document.querySelector(`${sel} .skeleton`), VISIBLE_PAGE, { timeout: 8_000 })
    .catch(() => undefined)
  await page.waitForTimeout(200)
}
