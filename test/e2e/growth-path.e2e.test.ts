// The growth path and growth record in the real H5 build, against the fake backend in the page's
// msw worker: for every persona the path shows the level and per-dimension numbers that
// /me/growth gives and the published criteria that /levels gives; the record lists the ledger
// newest first and pages on by scrolling.
import { describeCriteria, describeMissing, progressToward } from '../../src/domain/criteria'
import { criteriaDimensions } from '../../src/domain/levels'
import type { Criteria, Dimension } from '../../src/domain/levels'
import { formatFen } from '../../src/domain/money'
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const PERSONAS = ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich']

interface LevelDto {
  code: string
  rank: number
  name: string
  criteria: Criteria | null
  requiresInvite: boolean
}
interface Growth {
  levelCode: string
  nextLevelCode: string | null
  totals: Record<Dimension, number>
  progress: Array<{ dimension: Dimension; current: number; target: number }>
  retention: { atRisk: boolean; needed: Array<{ dimension: Dimension; current: number; target: number }> }
}
interface GrowthEvent {
  id: string
  type: 'purchase' | 'refund' | 'interaction' | 'share'
  amountFen?: number
  title: string
  occurredAt: string
}
interface EventsPage {
  events: GrowthEvent[]
  nextCursor: string | null
  months: { month: string; spendFen: number; interactions: number; shares: number }[]
}

const page = phonePage()

const api = async <T>(path: string, persona: string) => (await callInPage<T>(page, path, persona)).body

const show = (dimension: Dimension, value: number) => (dimension === 'spendFen' ? formatFen(value) : `${value} 次`)

/** '12月6日 21:53' in Shanghai (UTC+8, no DST), as the record shows each event. */
const shanghai = (iso: string) => {
  const d = new Date(Date.parse(iso) + 8 * 3600_000)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${d.toISOString().slice(11, 16)}`
}

describe.each(PERSONAS)('persona %s', (persona) => {
  test('the growth path shows the level and numbers of /me/growth and the criteria of /levels', async () => {
    await openApp(page, baseUrl(), { persona, hashPath: '/pages/growth/index' })
    const current = page.getByTestId('path-current-level')
    await current.waitFor({ timeout: 15_000 })

    const growth = await api<Growth>('/me/growth', persona)
    const { levels } = await api<{ levels: LevelDto[] }>('/levels', persona)
    const mine = levels.find((l) => l.code === growth.levelCode) as LevelDto
    expect(mine).toBeDefined()
    expect(await current.innerText()).toBe(`${mine.name} · 第 ${mine.rank}/${levels.length} 级`)

    // Every level on the path, with its place and its published standard in words.
    const severalDimensions: Array<{ code: string; several: boolean; text: string; mode: string }> = []
    for (const level of levels) {
      const step = page.getByTestId(`path-${level.code}`)
      const place = level.rank < mine.rank ? 'reached' : level.rank === mine.rank ? 'current' : 'locked'
      expect(await step.getAttribute('data-place')).toBe(place)
      const criteria = await page.getByTestId(`criteria-${level.code}`).innerText()
      if (!level.criteria) {
        expect(criteria).toBe('注册即可加入')
      } else {
        expect(criteria).toContain(describeCriteria(level.criteria))
        severalDimensions.push({ code: level.code, several: criteriaDimensions(level.criteria).length > 1, text: criteria, mode: level.criteria.mode })
      }
      expect((await step.innerText()).includes('邀请')).toBe(level.requiresInvite)
    }
    // A standard of several dimensions says whether all or any of them count (some level has one).
    const several = severalDimensions.filter((l) => l.several)
    expect(several.length).toBeGreaterThan(0)
    expect(several.filter((l) => !l.text.includes(l.mode === 'all' ? '全部达成' : '任意一项')).map((l) => l.code)).toEqual([])

    // One bar per dimension: toward the next level, or (at the top) what keeps this one, counted
    // at the expiry date when the level is not kept by then.
    const keeping = growth.retention.needed.length > 0 ? growth.retention.needed : progressToward(growth.totals, mine.criteria)
    const bars = growth.nextLevelCode ? growth.progress : keeping
    expect(bars.length).toBeGreaterThan(0)
    // At risk below the top, what keeps the level comes first, then the bars toward the next level.
    const keepFirst = growth.retention.atRisk && growth.nextLevelCode ? keeping : []
    expect(await page.locator('[data-testid^="progress-"]').count()).toBe(bars.length + keepFirst.length)
    for (const p of keepFirst) {
      expect(await page.getByTestId(`progress-${p.dimension}`).first().innerText()).toContain(describeMissing(p) || '已达成')
    }
    for (const p of bars) {
      const text = await page.getByTestId(`progress-${p.dimension}`).last().innerText()
      expect(text).toContain(`${show(p.dimension, p.current)} / ${show(p.dimension, p.target)}`)
      expect(text).toContain(describeMissing(p) || '已达成')
    }
    const body = await page.evaluate(() => document.body.innerText)
    expect(body).not.toMatch(/undefined|NaN|\[object Object\]/)
  })
})

test('the growth record lists events newest first and loads the next page on scroll', async () => {
  const persona = 'cocreator'
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/growth-record/index' })
  const rows = page.getByTestId('growth-event')
  await rows.first().waitFor({ timeout: 15_000 })

  const first = await api<EventsPage>('/me/growth/events?limit=20', persona)
  expect(first.events).toHaveLength(20)
  expect(first.nextCursor).toBeTruthy()
  const second = await api<EventsPage>(`/me/growth/events?limit=20&cursor=${encodeURIComponent(first.nextCursor as string)}`, persona)
  expect(second.events.length).toBeGreaterThan(0)

  // Newest first, as the API orders them.
  const times = [...first.events, ...second.events].map((e) => Date.parse(e.occurredAt))
  expect(times).toEqual([...times].sort((a, b) => b - a))

  expect(await rows.count()).toBe(20)
  const shown = await rows.allInnerTexts()
  first.events.forEach((e, i) => {
    expect(shown[i]).toContain(e.title)
    expect(shown[i]).toContain(shanghai(e.occurredAt))
  })
  // Money moves carry their signed amount (cocreator's first page has a purchase to check).
  const signed = first.events.flatMap((e, i) =>
    e.type === 'refund' || e.type === 'purchase'
      ? [{ type: e.type, row: shown[i], amount: `${e.type === 'refund' ? '-' : '+'}${formatFen(Math.abs(e.amountFen ?? 0))}` }]
      : [],
  )
  expect(signed.length).toBeGreaterThan(0)
  expect(signed.filter((s) => !s.row.includes(s.amount))).toEqual([])
  expect(await page.getByTestId('record-footer').innerText()).toBe('上滑加载更多')
  // Before any scrolling, each month header already reads the backend's whole-month totals.
  expect(first.months.length).toBeGreaterThan(0)
  for (const m of first.months) {
    const header = await page.getByTestId(`record-month-${m.month}`).innerText()
    const spend = formatFen(m.spendFen)
    expect(header).toContain(`消费 ${spend} · 互动 ${m.interactions} 次 · 分享 ${m.shares} 次`)
    expect(header).not.toContain('已加载部分')
  }

  // Scroll to the bottom: the second page joins the list, in order.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await page.mouse.wheel(0, 4000)
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=growth-event]').length >= n, 20 + second.events.length, {
    timeout: 10_000,
  })
  const all = await rows.allInnerTexts()
  expect(all).toHaveLength(20 + second.events.length)
  second.events.forEach((e, i) => {
    expect(all[20 + i]).toContain(e.title)
    expect(all[20 + i]).toContain(shanghai(e.occurredAt))
  })
})
