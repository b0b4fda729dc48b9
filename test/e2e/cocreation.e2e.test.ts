// Co-creation in the real H5 build, against the fake backend in the page's msw worker: cocreator's
// open beta-test feedback task, from the invites tab to 我的共创 and one more interaction.
import { baseUrl, callInPage, openApp, phonePage } from './support/browser'

const page = phonePage()
const persona = 'cocreator~31'
const goInApp = (route: string) => page.evaluate((r) => void (window.location.hash = `#${r}`), route)
const interactions = async () =>
  (await callInPage<{ totals: { interactions: number } }>(page, '/me/growth', persona)).body.totals.interactions

test('cocreator gives feedback on its beta test, finds it in 我的共创 and one more interaction in its growth record', async () => {
  await openApp(page, baseUrl(), { persona, hashPath: '/pages/invites/index' })
  const card = page.getByTestId('task-task-beta-kettle')
  await card.waitFor({ timeout: 15_000 })
  expect(await card.innerText()).toContain('进行中')
  const before = await interactions()

  await card.click()
  await page.getByRole('radio', { name: '4 分' }).click()
  await page.getByRole('radio', { name: '每天' }).click()
  await page.locator('textarea').first().fill('出水口会滴水，其它都很好')
  await page.getByText('12/2000').waitFor()
  await page.getByText('提交', { exact: true }).click()
  await page.getByText('已提交，感谢参与').waitFor({ timeout: 10_000 })

  await goInApp('/pages/cocreation-record/index')
  const record = page.getByTestId('record-task-beta-kettle')
  await record.waitFor({ timeout: 10_000 })
  expect(await record.innerText()).toContain('已提交')

  expect(await interactions()).toBe(before + 1)
  await goInApp('/pages/growth-record/index')
  await page.getByText('共创 · 内测反馈 · 便携冷萃壶').first().waitFor({ timeout: 10_000 })
})
