// The member H5 build (MOCK=off) against the fake backend over real HTTP on another origin, as
// a real deployment would run: nobody's data shows before sign-in; a stranger signs in by
// phone, agrees, joins and sees 了解观察. Builds its own copy into dist/h5-member (~1 min).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { startMockServer, type RunningMockServer } from '../../mock/server/start-mock-server'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server'
import { phonePage } from './support/browser'

const repo = path.resolve(__dirname, '..', '..')
const outDir = path.join(repo, 'dist', 'h5-member')
const page = phonePage()

let backend: RunningMockServer
let site: StaticServer

beforeAll(async () => {
  backend = await startMockServer({ port: 0 })
  const built = spawnSync('npm', ['run', 'build:h5'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, MOCK: 'off', API_BASE: backend.url, TARO_OUTPUT_ROOT: 'dist/h5-member' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (built.status !== 0) throw new Error(`member build failed:\n${(built.stdout + built.stderr).slice(-3000)}`)
  site = await startStaticServer(outDir)
}, 240_000)
afterAll(async () => {
  await site?.close()
  await backend?.close()
})

test('the member build carries no fake backend and talks to the HTTP backend', () => {
  const js = readdirSync(path.join(outDir, 'js')).map((f) => readFileSync(path.join(outDir, 'js', f), 'utf8')).join('\n')
  expect(js).toContain(backend.url)
  expect(existsSync(path.join(outDir, 'mockServiceWorker.js'))).toBe(false)
})

test('a stranger is sent to sign in, signs in by phone, agrees, joins and sees 了解观察', async () => {
  await page.goto(`${site.url}/`, { waitUntil: 'load' })
  const phone = page.locator('input[aria-label="手机号"]')
  await phone.waitFor({ timeout: 20_000 })
  expect(page.url()).toContain('/pages/sign-in/index')
  expect(await page.getByTestId('level-name').count()).toBe(0)

  await phone.fill('17700003333')
  await page.getByRole('button', { name: '获取验证码' }).click()
  await page.getByRole('button', { name: /秒后重发/ }).waitFor({ timeout: 10_000 })
  await page.locator('input[aria-label="验证码"]').fill('123456')
  await page.getByRole('button', { name: '登录' }).click()

  await page.getByRole('listitem').nth(3).waitFor({ timeout: 15_000 })
  expect(await page.getByTestId('level-name').count()).toBe(0)
  await page.getByRole('button', { name: '加入会员' }).click()
  await page.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }).click()
  await page.getByRole('button', { name: '同意并加入' }).click()

  const levelName = page.getByTestId('level-name')
  await levelName.waitFor({ timeout: 15_000 })
  expect(await levelName.innerText()).toBe('了解观察')
  const me = await fetch(`${backend.url}/api/v1/auth/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: '17700003333', smsCode: '123456' }),
  }).then((r) => r.json() as Promise<{ joined: boolean }>)
  expect(me.joined).toBe(true)
})

test('a shared coupon link opened by a stranger opens after signing in and joining', async () => {
  await page.goto(`${site.url}/#/pages/coupon-code/index?id=c-0001`, { waitUntil: 'load' })
  const phone = page.locator('input[aria-label="手机号"]')
  await phone.waitFor({ timeout: 20_000 })
  await phone.fill('17700004444')
  await page.locator('input[aria-label="验证码"]').fill('123456')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('button', { name: '加入会员' }).click()
  await page.getByRole('checkbox', { name: /我已阅读并同意会员隐私政策/ }).click()
  await page.getByRole('button', { name: '同意并加入' }).click()
  await page.waitForFunction(() => location.hash.includes('/pages/coupon-code/index'), undefined, { timeout: 15_000 })
  expect(page.url()).toContain('id=c-0001')
  await page.getByTestId('code-digits').waitFor({ timeout: 15_000 })
})
