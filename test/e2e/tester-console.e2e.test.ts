// The tester console in the H5 build: reachable by route and by ?tester=1, lists the personas,
// and a persona switch shows on the member home at once, without a reload.
import { baseUrl, phonePage } from './support/browser'

const page = phonePage()

const levelName = () => page.getByTestId('level-name').first()
/** In-app navigation through the hash router: the page is not reloaded, so stores keep their state. */
const goInApp = (route: string) => page.evaluate((r) => void (window.location.hash = `#${r}`), route)

test('switching persona in the console changes the level the home shows, without a reload', async () => {
  await page.goto(new URL('/#/pages/home/index?persona=active', baseUrl()).toString())
  await levelName().waitFor({ timeout: 15_000 })
  await page.waitForFunction(() => document.querySelector('[data-testid=level-name]')?.textContent?.includes('积极互动'))

  await goInApp('/pages/tester/index')
  const cocreator = page.getByRole('button', { name: '切换到 cocreator' })
  await cocreator.waitFor({ timeout: 10_000 })
  await cocreator.click()
  await page.getByText('当前身份：cocreator').first().waitFor()

  await goInApp('/pages/home/index')
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=level-name]')].some((el) => el.textContent?.includes('核心共创')),
    undefined,
    { timeout: 15_000 },
  )
})

test('the console opens from /#/pages/tester/index?persona=… with every persona described', async () => {
  await page.goto(new URL('/#/pages/tester/index?persona=at-risk', baseUrl()).toString())
  await page.getByRole('button', { name: '切换到 coupon-rich' }).waitFor({ timeout: 15_000 })
  for (const id of ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich']) {
    expect(await page.getByRole('button', { name: `切换到 ${id}` }).count()).toBe(1)
  }
  expect(await page.getByText('at-risk（当前）').count()).toBe(1)
  expect(await page.getByText('接口地址：（同源）/api/v1').count()).toBe(1)
})

test('?tester=1 opens the console', async () => {
  await page.goto(new URL('/?tester=1', baseUrl()).toString())
  await page.getByRole('group', { name: '切换身份' }).waitFor({ timeout: 15_000 })
})

test('the console opens the store counter, which mock builds keep in a subpackage', async () => {
  await page.goto(new URL('/#/pages/tester/index', baseUrl()).toString())
  const open = page.getByRole('button', { name: '打开门店核销台' })
  await open.waitFor({ timeout: 15_000 })
  expect(await open.isDisabled()).toBe(false)
  await open.click()
  await page.waitForURL(/#\/pages\/store-counter\/index/, { timeout: 15_000 })
  await page.locator('text=门店 >> visible=true').first().waitFor({ timeout: 15_000 })
})

/** A finger held on the element for 600 ms: Taro's H5 View fires longpress after 350 ms of touch. */
async function longPress(selector: string): Promise<void> {
  await page.locator(selector).first().waitFor({ timeout: 15_000 })
  await page.evaluate(async (sel) => {
    const el = document.querySelector(sel)!
    const box = el.getBoundingClientRect()
    const touch = new Touch({ identifier: 1, target: el, clientX: box.x + 4, clientY: box.y + 4 })
    el.dispatchEvent(new TouchEvent('touchstart', { touches: [touch], targetTouches: [touch], changedTouches: [touch], bubbles: true }))
    await new Promise((r) => setTimeout(r, 600))
    el.dispatchEvent(new TouchEvent('touchend', { touches: [], targetTouches: [], changedTouches: [touch], bubbles: true }))
  }, selector)
}

test('on H5 too, a long-press on 我的’s version line opens the console, and 返回 goes back to 我的', async () => {
  await page.goto(new URL('/?persona=active#/pages/profile/index', baseUrl()).toString())
  await longPress('.profile__version')
  await page.getByRole('group', { name: '切换身份' }).waitFor({ timeout: 15_000 })
  expect(page.url()).toContain('#/pages/tester/index')
  await page.getByRole('button', { name: '‹ 返回' }).click()
  await page.waitForURL(/#\/pages\/profile\/index/, { timeout: 10_000 })
})

test('a scenario chosen in the console opened by ?tester=1 survives leaving it, by 返回 or by a reload', async () => {
  await page.goto(new URL('/?persona=active&tester=1', baseUrl()).toString())
  await page.getByRole('group', { name: '切换身份' }).waitFor({ timeout: 15_000 })
  await page.getByRole('button', { name: '券包 /coupons' }).click()
  await page.getByRole('button', { name: '服务宕机' }).click()
  await page.getByText('场景：服务宕机（/coupons）').first().waitFor()
  await page.getByRole('button', { name: '‹ 返回' }).click()
  await page.waitForURL(/#\/pages\/home\/index/, { timeout: 10_000 })
  await page.getByTestId('level-name').first().waitFor({ timeout: 15_000 })
  // A reload (the address had ?tester=1 and no scenario) keeps the scenario for this tab's session.
  await page.goto(new URL('/#/pages/coupons/index', baseUrl()).toString())
  await page.getByText('服务暂时不可用，请稍后重试').first().waitFor({ timeout: 20_000 })
})

// Issue 28: the address takes the launch query's words; moving the clock moves time, not the member.
test('?persona=at-risk&clock=+8d: at-risk’s level has 8 fewer days left, and the console says what the launch applied', async () => {
  const daysLeft = async () => {
    const notice = page.getByText(/将于 .+到期，还剩 \d+ 天/).first()
    await notice.waitFor({ timeout: 20_000 })
    return Number(/还剩 (\d+) 天/.exec((await notice.textContent()) ?? '')?.[1])
  }
  await page.goto(new URL('/?persona=at-risk#/pages/home/index', baseUrl()).toString())
  const before = await daysLeft()
  await page.goto(new URL('/?persona=at-risk&clock=%2B8d&scenario=sunny#/pages/home/index', baseUrl()).toString())
  // The home may paint the cached answer of the first visit before the fresh one replaces it.
  await page.waitForFunction((n) => document.body.textContent?.includes(`还剩 ${n} 天`), before - 8, { timeout: 20_000 }).catch(() => undefined)
  expect(await daysLeft()).toBe(before - 8)
  await goInApp('/pages/tester/index')
  const status = page.getByRole('status').first()
  await status.getByText(/^启动时已应用：身份 at-risk · 时钟 \d{4}-/).waitFor({ timeout: 15_000 })
  expect(await status.textContent()).toContain('已忽略：scenario=sunny：场景只能是')
})
