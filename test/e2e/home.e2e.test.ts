// The member home in the real H5 build, against the fake backend running in the page's msw
// worker: every persona's level and progress numbers match what the API says, and the
// failure scenarios are honest.
import { formatFen } from '../../src/domain/money'
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const PERSONAS = ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich']

interface Growth {
  levelCode: string
  progress: Array<{ dimension: 'spendFen' | 'interactions' | 'shares'; current: number; target: number }>
  retention: { atRisk: boolean }
  awaitingInvite: boolean
}

const page = phonePage()

const api = async <T>(path: string, persona: string) => (await callInPage<T>(page, path, persona)).body

const show = (dimension: string, value: number) => (dimension === 'spendFen' ? formatFen(value) : `${value} 次`)

describe.each(PERSONAS)('persona %s', (persona) => {
  test('home shows the level and the per-dimension numbers that /me/growth gives', async () => {
    await openApp(page, baseUrl(), { persona })
    const levelName = page.getByTestId('level-name')
    await levelName.waitFor({ timeout: 15_000 })

    const growth = await api<Growth>('/me/growth', persona)
    const { levels } = await api<{ levels: Array<{ code: string; name: string }> }>('/levels', persona)
    const expected = levels.find((l) => l.code === growth.levelCode)?.name
    expect(await levelName.innerText()).toBe(expected)

    for (const p of growth.progress) {
      // An at-risk member sees what keeps the level first; /me/growth's progress is the section after it.
      const text = await page.getByTestId(`progress-${p.dimension}`).last().innerText()
      expect(text).toContain(`${show(p.dimension, p.current)} / ${show(p.dimension, p.target)}`)
    }
    const body = await page.evaluate(() => document.body.innerText)
    expect(body.includes('即可保住「')).toBe(growth.retention.atRisk)
    expect(body.includes('等待邀请')).toBe(growth.awaitingInvite)
  })
})

test('scenario=down: a first visit shows the error state with retry; after a good visit, the saved data stays, marked', async () => {
  await openApp(page, baseUrl(), { persona: 'first-buyer', scenario: 'down' })
  await page.getByText('服务暂时不可用，请稍后重试').waitFor({ timeout: 15_000 })
  expect(await page.getByRole('button', { name: '重新加载' }).isVisible()).toBe(true)
  expect(await page.getByTestId('level-name').count()).toBe(0)

  await openApp(page, baseUrl(), { persona: 'first-buyer' })
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })

  await openApp(page, baseUrl(), { persona: 'first-buyer', scenario: 'down' })
  await page.getByText(/当前显示的是 .+ 保存的数据/).waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('level-name').innerText()).toBe('初步体验')
  expect(await page.getByText('服务暂时不可用，请稍后重试').isVisible()).toBe(true)
})

test('scenario=malformed shows an error, not garbage', async () => {
  await openApp(page, baseUrl(), { persona: 'active', scenario: 'malformed' })
  await page.getByText(/数据异常/).waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('level-name').count()).toBe(0)
  const body = await page.evaluate(() => document.body.innerText)
  expect(body).not.toMatch(/undefined|NaN|\[object Object\]|42/)
})

test('events posted to /mock/events lift a newcomer to 初步体验 after a reload', async () => {
  await openApp(page, baseUrl(), { persona: 'newcomer' })
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('level-name').innerText()).toBe('了解观察')
  await page.evaluate(() =>
    fetch('/api/v1/mock/events', {
      method: 'POST',
      headers: { 'X-Persona': 'newcomer', 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'purchase', amountFen: 12900 }),
    }),
  )
  await page.reload()
  await page.getByText('初步体验', { exact: true }).first().waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid=level-name]')?.textContent === '初步体验', undefined, {
    timeout: 15_000,
  })
})

// H5 loads the blocks around the card (check-in, share, invites, messages) as a chunk of their
// own after the card paints. A chunk lost on the network must never blank the home: it is tried
// again, then the home says what is missing and offers 重试.
test('a lost home-blocks chunk leaves the level on screen, says so, and 重试 brings the blocks', async () => {
  const context = page.context()
  const lose = (route: { abort: () => Promise<void> }) => route.abort()
  await context.route(/\/js\/home-blocks\.[^/]*\.js$/, lose)
  await openApp(page, baseUrl(), { persona: 'active' })
  await page.getByTestId('level-name').waitFor({ timeout: 15_000 })
  await page.getByText('签到、分享和邀请入口没有加载出来').waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('check-in').count()).toBe(0)
  await context.unroute(/\/js\/home-blocks\.[^/]*\.js$/, lose)
  await page.getByRole('button', { name: '重试' }).click()
  await page.getByTestId('check-in').waitFor({ timeout: 15_000 })
  expect(await page.getByText('签到、分享和邀请入口没有加载出来').count()).toBe(0)
})
