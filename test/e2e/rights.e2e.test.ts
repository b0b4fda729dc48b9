// The rights centre, right detail and the level-change moment in the real H5 build, against the
// fake backend in the page's msw worker: every persona sees unlocked exactly the rights its level
// reaches; claims succeed or are refused in words; events posted through /mock/events lift the
// level and the home page celebrates it once.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const PERSONAS = ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich']

interface LevelDto {
  code: string
  rank: number
  name: string
}
interface RightDto {
  id: string
  title: string
  minLevelCode: string
  unlocked: boolean
  unlockedBy?: 'level' | 'invite'
  invite?: { id: string; title: string; status: string }
  stockLeft?: number
  quota?: { perPeriod: number; period: 'month' | 'year'; used: number }
}

const page = phonePage()

const api = async <T>(path: string, persona: string, init: { method?: string; body?: unknown } = {}) =>
  (await callInPage<T>(page, path, persona, init)).body

const levelName = () => page.getByTestId('level-name').first()
const levelIs = (name: string) =>
  page.waitForFunction((n) => document.querySelector('[data-testid=level-name]')?.textContent === n, name, { timeout: 15_000 })

async function openRight(persona: string, id: string): Promise<void> {
  await openApp(page, baseUrl(), { persona, hashPath: `/pages/right-detail/index?id=${id}` })
  await page.getByTestId('right-title').waitFor({ timeout: 15_000 })
}

/** Presses 立即领取 and returns what the page says about the claim. */
async function claim(): Promise<string> {
  await page.getByText('立即领取', { exact: true }).click()
  // A success is its own block (claim-success); a refusal is a notice (claim-result).
  const result = page.locator('[data-testid=claim-success], [data-testid=claim-result]')
  await result.first().waitFor({ timeout: 10_000 })
  return (await result.first().innerText()).replace(/\s+/g, '')
}

describe.each(PERSONAS)('persona %s', (persona) => {
  test('the rights centre shows unlocked exactly the rights whose level rank is at most the member’s', async () => {
    await openApp(page, baseUrl(), { persona, hashPath: '/pages/rights/index' })
    await page.getByTestId('rights-level').waitFor({ timeout: 15_000 })

    const { levels } = await api<{ levels: LevelDto[] }>('/levels', persona)
    const { rights } = await api<{ rights: RightDto[] }>('/rights', persona)
    const { member } = await api<{ member: { levelCode: string } }>('/me', persona)
    const rank = (code: string) => levels.find((l) => l.code === code)?.rank ?? Infinity
    const myRank = rank(member.levelCode)
    const mine = levels.find((l) => l.code === member.levelCode) as LevelDto
    expect(await page.getByTestId('rights-level').innerText()).toContain(mine.name)

    expect(rights.length).toBeGreaterThan(0)
    // The level unlocks what it reaches; beyond it only a seat held by an invite (active's workshop invite).
    const byInvite = rights.filter((r) => rank(r.minLevelCode) > myRank && r.unlockedBy === 'invite').map((r) => r.id)
    expect(byInvite.every((id) => ['r-workshop-seat', 'r-beta-seat'].includes(id))).toBe(true)
    expect(byInvite).toEqual(persona === 'active' ? ['r-workshop-seat'] : [])
    const expectedUnlocked = rights.filter((r) => rank(r.minLevelCode) <= myRank || byInvite.includes(r.id)).map((r) => r.id)
    // The backend agrees with the published levels…
    expect(rights.filter((r) => r.unlocked).map((r) => r.id)).toEqual(expectedUnlocked)
    // …and the page shows exactly those as unlocked, inside the unlocked group, the rest locked.
    for (const r of rights) {
      const card = page.getByTestId(`right-${r.id}`).first()
      const unlocked = expectedUnlocked.includes(r.id)
      expect(await card.getAttribute('data-unlocked')).toBe(String(unlocked))
    }
    const inUnlockedGroup = await page
      .getByTestId('rights-unlocked')
      .locator('[data-testid^="right-"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))
    expect([...inUnlockedGroup].sort()).toEqual(expectedUnlocked.map((id) => `right-${id}`).sort())
    const locked = rights.filter((r) => !expectedUnlocked.includes(r.id))
    if (locked.length > 0) {
      const lockedText = await page.getByTestId('rights-locked').innerText()
      for (const r of locked) {
        const unlocker = levels.find((l) => l.code === r.minLevelCode) as LevelDto
        expect(lockedText).toContain(r.title)
        expect(lockedText).toContain(`达到「${unlocker.name}」解锁`)
      }
    } else {
      expect(await page.getByTestId('rights-locked').count()).toBe(0)
    }
    expect(await page.evaluate(() => document.body.innerText)).toContain(`已解锁 ${expectedUnlocked.length} / ${rights.length} 项权益`)
  })
})

test('active holds a workshop invite: the workshop seat reads 凭邀请解锁 and its detail leads to the invite', async () => {
  await openApp(page, baseUrl(), { persona: 'active', hashPath: '/pages/rights/index' })
  const group = page.getByTestId('rights-by-invite')
  await group.waitFor({ timeout: 15_000 })
  expect(await group.innerText()).toContain('共创研讨会席位')
  expect(await group.getByTestId('right-r-workshop-seat').innerText()).toContain('凭邀请解锁')

  await openRight('active', 'r-workshop-seat')
  expect(await page.getByTestId('right-by-invite').innerText()).toContain('春季新品共创研讨会')
  await page.getByRole('link', { name: '查看邀请' }).click()
  await page.waitForFunction(() => location.hash.includes('/pages/invite-detail/index?id=inv-spring-workshop'), undefined, { timeout: 10_000 })
})

test('cocreator claims the limited edition; a second claim is refused for the year in words', async () => {
  await openRight('cocreator', 'r-limited-edition')
  const before = (await api<{ rights: RightDto[] }>('/rights', 'cocreator')).rights.find((r) => r.id === 'r-limited-edition') as RightDto
  expect(before.stockLeft).toBeGreaterThan(0)
  expect(await page.getByTestId('right-stock').innerText()).toContain(`剩余 ${before.stockLeft} 份`)

  expect(await claim()).toContain('领取成功「限量联名款优先购」')
  const after = (await api<{ rights: RightDto[] }>('/rights', 'cocreator')).rights.find((r) => r.id === 'r-limited-edition') as RightDto
  expect(after.stockLeft).toBe((before.stockLeft as number) - 1)
  expect(after.quota?.used).toBe(1)
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=right-stock]')?.textContent?.includes(`剩余 ${n} 份`),
    after.stockLeft,
    { timeout: 10_000 },
  )

  // The yearly quota of one is used: the button says so and is disabled (the backend would refuse).
  await page.getByRole('button', { name: '今年已领取' }).waitFor({ timeout: 10_000 })
  expect(await page.getByRole('button', { name: '今年已领取' }).getAttribute('aria-disabled')).toBe('true')
  expect(await page.getByText('立即领取', { exact: true }).count()).toBe(0)
  const final = (await api<{ rights: RightDto[] }>('/rights', 'cocreator')).rights.find((r) => r.id === 'r-limited-edition') as RightDto
  expect(final.stockLeft).toBe(after.stockLeft)
})

test('cocreator’s sold-out tasting box is refused in words', async () => {
  await openRight('cocreator', 'r-limited-tasting')
  expect(await page.getByTestId('right-stock').innerText()).toContain('已抢光')
  expect(await page.getByRole('button', { name: '已抢光' }).getAttribute('aria-disabled')).toBe('true')
  expect(await page.getByText('立即领取', { exact: true }).count()).toBe(0)
})

test('a quota-limited right (free shipping, twice a month) is claimed until the quota refuses', async () => {
  await openRight('cocreator', 'r-free-shipping')
  const right = (await api<{ rights: RightDto[] }>('/rights', 'cocreator')).rights.find((r) => r.id === 'r-free-shipping') as RightDto
  const quota = right.quota as NonNullable<RightDto['quota']>
  expect(quota.perPeriod - quota.used).toBeGreaterThan(0)
  expect(await page.getByTestId('right-quota').innerText()).toContain(`每月 ${quota.perPeriod} 次，已领 ${quota.used} 次`)

  for (let used = quota.used + 1; used <= quota.perPeriod; used++) {
    expect(await claim()).toContain('领取成功「包邮券」已放入券包')
    await page.waitForFunction((u) => document.querySelector('[data-testid=right-quota]')?.textContent?.includes(`已领 ${u} 次`), used, {
      timeout: 10_000,
    })
  }
  await page.getByRole('button', { name: '本月已领取' }).waitFor({ timeout: 10_000 })
  expect(await page.getByRole('button', { name: '本月已领取' }).getAttribute('aria-disabled')).toBe('true')
})

test('newcomer buys ¥2,000 through /mock/events: after a reload home celebrates 积极互动 once, not on the next reload', async () => {
  await openApp(page, baseUrl(), { persona: 'newcomer' })
  await levelName().waitFor({ timeout: 15_000 })
  await levelIs('了解观察')
  // The first visit only remembers the level: nothing to celebrate yet.
  expect(await page.getByTestId('level-up').count()).toBe(0)

  const growth = await api<{ levelCode: string }>('/mock/events', 'newcomer', {
    method: 'POST',
    body: { type: 'purchase', amountFen: 200_000 },
  })
  expect(growth.levelCode).toBe('engager')

  await page.reload()
  const moment = page.getByTestId('level-up')
  await moment.waitFor({ timeout: 15_000 })
  const text = await moment.innerText()
  expect(text).toContain('恭喜升级为「积极互动」')
  expect(text).toContain('从「了解观察」升到「积极互动」')
  const { rights } = await api<{ rights: RightDto[] }>('/rights', 'newcomer')
  const { levels } = await api<{ levels: LevelDto[] }>('/levels', 'newcomer')
  const rank = (code: string) => levels.find((l) => l.code === code)?.rank ?? Infinity
  const gained = rights.filter((r) => rank(r.minLevelCode) > 1 && rank(r.minLevelCode) <= 3)
  expect(text).toContain(`新解锁 ${gained.length} 项权益`)
  for (const r of gained) expect(text).toContain(r.title)
  await levelIs('积极互动')

  await page.getByText('我知道了', { exact: true }).click()
  await moment.waitFor({ state: 'detached', timeout: 5_000 })

  // Once only: the next visit shows the new level without the moment.
  const fresh = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/me/growth', { timeout: 15_000 })
  await page.reload()
  await fresh
  await levelName().waitFor({ timeout: 15_000 })
  await levelIs('积极互动')
  await page.waitForTimeout(500)
  expect(await page.getByTestId('level-up').count()).toBe(0)
})
