// Co-creation invites in the real H5 build, against the fake backend in the page's msw worker:
// accepting with a slot, joining a full activity's waitlist, the level-up invitation that opens
// 核心共创, and an invitation past its deadline.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

interface InviteDto {
  id: string
  kind: string
  title: string
  status: 'pending' | 'accepted' | 'waitlisted' | 'declined' | 'expired'
  respondBy: string
  capacity?: number
  seatsLeft?: number
  waitlistPosition?: number
  slotId?: string
  slots?: Array<{ id: string; label: string }>
}
interface Growth {
  levelCode: string
  nextLevelCode: string | null
  totals: { spendFen: number; interactions: number; shares: number }
  eligibleForNext: boolean
  awaitingInvite: boolean
}

const page = phonePage()

const call = <T>(path: string, persona: string, init: { method?: string; body?: unknown } = {}) => callInPage<T>(page, path, persona, init)
const api = async <T>(path: string, persona: string, init: { method?: string; body?: unknown } = {}) => (await call<T>(path, persona, init)).body
const inviteOf = async (persona: string, id: string) =>
  (await api<{ invites: InviteDto[] }>('/invites', persona)).invites.find((i) => i.id === id) as InviteDto

async function openInvite(persona: string, id: string): Promise<void> {
  await openApp(page, baseUrl(), { persona, hashPath: `/pages/invite-detail/index?id=${id}` })
  await page.getByTestId('invite-status').waitFor({ timeout: 15_000 })
}
const statusIs = (label: string) =>
  page.waitForFunction((l) => document.querySelector('[data-testid=invite-status]')?.textContent === l, label, { timeout: 10_000 })
/** In-app navigation through the hash router (no reload). */
const goInApp = (route: string) => page.evaluate((r) => void (window.location.hash = `#${r}`), route)
const levelIs = (name: string) =>
  page.waitForFunction((n) => document.querySelector('[data-testid=level-name]')?.textContent === n, name, { timeout: 15_000 })

test('active accepts its workshop invite with a slot and finds it under answered', async () => {
  const id = 'inv-spring-workshop'
  await openInvite('active', id)
  const before = await inviteOf('active', id)
  expect(before.status).toBe('pending')
  expect(before.slots?.length).toBeGreaterThan(1)
  expect(await page.getByTestId('invite-status').innerText()).toBe('待回复')

  // Several slots: accepting without one is stopped in words, not sent.
  await page.getByText('接受邀请', { exact: true }).click()
  await page.getByText('请先选择一个场次').waitFor({ timeout: 5_000 })
  expect((await inviteOf('active', id)).status).toBe('pending')

  const slot = (before.slots as NonNullable<InviteDto['slots']>)[0]
  await page.getByRole('radio', { name: slot.label }).click()
  expect(await page.getByRole('radio', { name: slot.label }).getAttribute('aria-checked')).toBe('true')
  await page.getByText('接受邀请', { exact: true }).click()
  await statusIs('已接受')
  await page.getByText('已接受邀请，期待与你见面').waitFor()
  await page.getByText(`你的场次：${slot.label}`).waitFor()

  const after = await inviteOf('active', id)
  expect(after.status).toBe('accepted')
  expect(after.slotId).toBe(slot.id)

  await goInApp('/pages/invites/index')
  const answered = page.getByTestId('group-answered')
  await answered.waitFor({ timeout: 10_000 })
  const card = answered.getByTestId(`invite-${id}`)
  expect(await card.count()).toBe(1)
  expect(await card.innerText()).toContain('已接受')
  expect(await page.getByTestId('group-pending').getByTestId(`invite-${id}`).count()).toBe(0)
})

test('cocreator’s full beta test puts it on the waitlist with its position', async () => {
  const id = 'inv-beta-earbuds'
  await openInvite('cocreator', id)
  const before = await inviteOf('cocreator', id)
  expect(before.status).toBe('pending')
  expect(before.seatsLeft).toBe(0)
  await page.getByText(`${before.capacity} 席已满，可候补`).first().waitFor()

  await page.getByText('加入候补', { exact: true }).click()
  await statusIs('候补中')
  const after = await inviteOf('cocreator', id)
  expect(after.status).toBe('waitlisted')
  expect(after.waitlistPosition).toBeGreaterThan(0)
  await page.getByText(`名额已满，你在候补第 ${after.waitlistPosition} 位`).waitFor()

  await goInApp('/pages/invites/index')
  const card = page.getByTestId('group-answered').getByTestId(`invite-${id}`)
  await card.waitFor({ timeout: 10_000 })
  expect(await card.innerText()).toContain(`候补中 第 ${after.waitlistPosition} 位`)
})

test('a member driven to 核心共创’s criteria gets the level-up invitation, accepts it and is 核心共创 on home and on the path', async () => {
  const persona = 'active~5'
  await openApp(page, baseUrl(), { persona })
  await levelIs('积极互动')

  // Buy, interact and share whatever is still missing for mode "all" of the top level.
  const { levels } = await api<{ levels: Array<{ code: string; criteria: { spendFen?: number; interactions?: number; shares?: number } | null }> }>(
    '/levels',
    persona,
  )
  const top = levels.find((l) => l.code === 'cocreator')?.criteria as { spendFen: number; interactions: number; shares: number }
  const start = await api<Growth>('/me/growth', persona)
  expect(start.nextLevelCode).toBe('cocreator')
  const spend = top.spendFen - start.totals.spendFen
  const interactions = top.interactions - start.totals.interactions
  const shares = top.shares - start.totals.shares
  if (spend > 0) await api('/mock/events', persona, { method: 'POST', body: { type: 'purchase', amountFen: spend } })
  if (interactions > 0) await api('/mock/events', persona, { method: 'POST', body: { type: 'interaction', count: interactions } })
  let growth = start
  if (shares > 0) growth = await api<Growth>('/mock/events', persona, { method: 'POST', body: { type: 'share', count: shares } })
  else growth = await api<Growth>('/me/growth', persona)
  expect(growth.levelCode).toBe('engager')
  expect(growth.awaitingInvite).toBe(true)

  // The inbox holds the personal invitation, pending.
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/invites/index' })
  const pending = page.getByTestId('group-pending')
  await pending.waitFor({ timeout: 15_000 })
  const levelUp = (await api<{ invites: InviteDto[] }>('/invites', persona)).invites.find((i) => i.kind === 'level_up') as InviteDto
  expect(levelUp?.status).toBe('pending')
  const card = pending.getByTestId(`invite-${levelUp.id}`)
  await card.waitFor({ timeout: 10_000 })
  expect(await card.innerText()).toContain('升级邀请')

  // Home tells the member the invitation has arrived; the level it remembers is still 积极互动.
  await goInApp('/pages/home/index')
  await page.getByText('你收到了「核心共创」邀请').waitFor({ timeout: 15_000 })
  await levelIs('积极互动')

  await goInApp(`/pages/invite-detail/index?id=${levelUp.id}`)
  await page.getByText('接受邀请并升级', { exact: true }).click()
  await statusIs('已接受')
  await page.getByText('已接受邀请，你已成为「核心共创」会员').waitFor()
  expect((await api<Growth>('/me/growth', persona)).levelCode).toBe('cocreator')

  // Home: 核心共创, with the one-time celebration.
  await openApp(page, baseUrl(), { persona })
  await levelIs('核心共创')
  const moment = page.getByTestId('level-up')
  await moment.waitFor({ timeout: 10_000 })
  expect(await moment.innerText()).toContain('恭喜升级为「核心共创」')
  await page.getByText('我知道了', { exact: true }).click()

  // Growth path: the current level is the top one.
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/growth/index' })
  await page.waitForFunction(
    () => document.querySelector('[data-testid=path-current-level]')?.textContent?.startsWith('核心共创'),
    undefined,
    { timeout: 15_000 },
  )
  expect(await page.getByTestId('path-cocreator').getAttribute('data-place')).toBe('current')

  // Rights centre: the top level's rights are unlocked.
  await goInApp('/pages/rights/index')
  await page.waitForFunction(() => document.querySelector('[data-testid=rights-level]')?.textContent?.includes('核心共创'), undefined, {
    timeout: 15_000,
  })
  expect(await page.getByTestId('rights-locked').count()).toBe(0)
})

test('past its deadline (clock moved through /mock/clock) an invite cannot be answered and the page says so', async () => {
  const id = 'inv-spring-workshop'
  await openInvite('active', id)
  const invite = await inviteOf('active', id)
  expect(invite.status).toBe('pending')

  const later = new Date(Date.parse(invite.respondBy) + 60 * 60_000).toISOString()
  const moved = await call('/mock/clock', 'active', { method: 'POST', body: { now: later } })
  expect(moved.status).toBe(200)

  await page.reload()
  await page.getByText('已过回复截止时间，无法再回复这份邀请').waitFor({ timeout: 15_000 })
  await statusIs('已截止')
  expect(await page.getByText('接受邀请', { exact: true }).count()).toBe(0)
  expect(await page.getByText('婉拒', { exact: true }).count()).toBe(0)

  // The backend refuses too.
  const answer = await call<{ error: { code: string } }>(`/invites/${id}/response`, 'active', {
    method: 'POST',
    body: { accept: true, slotId: invite.slots?.[0]?.id },
  })
  expect(answer.status).toBe(410)
  expect(answer.body.error.code).toBe('EXPIRED')

  await goInApp('/pages/invites/index')
  const card = page.getByTestId('group-past').getByTestId(`invite-${id}`)
  await card.waitFor({ timeout: 10_000 })
  expect(await card.innerText()).toContain('截止回复')
})
