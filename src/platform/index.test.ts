// The device adapter against the shapes platforms really answer in: WeChat's raw callback-only APIs
// (return undefined), Taro's promise-wrapped ones, failures, cancels, and APIs a platform lacks.
type Platform = typeof import('./index')
type Stub = Record<string, unknown> & { canIUse?: (name: string) => boolean }

function load(env: 'weapp' | 'h5'): { platform: Platform; taro: Stub } {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = env
  let loaded!: { platform: Platform; taro: Stub }
  jest.isolateModules(() => {
    loaded = {
      platform: jest.requireActual('./index') as Platform,
      taro: (jest.requireActual('@tarojs/taro') as { default: Stub }).default,
    }
  })
  process.env.TARO_ENV = previous
  return loaded
}

type Cb = { success?: (r: unknown) => void; fail?: (e: unknown) => void }
/** Like WeChat's setVisualEffectOnCapture: answers through callbacks on a later turn, returns undefined. */
const callbackOnly = (answer: 'ok' | 'fail' | 'cancel', res: unknown = {}) =>
  jest.fn((o: Cb) => {
    setTimeout(() => (answer === 'ok' ? o.success?.(res) : o.fail?.({ errMsg: answer === 'cancel' ? 'scanCode:fail cancel' : 'x:fail system error' })), 0)
    return undefined
  })

test('capture protection on a callback-only API resolves ok instead of throwing on `.catch`', async () => {
  const { platform, taro } = load('weapp')
  const api = callbackOnly('ok')
  taro.setVisualEffectOnCapture = api
  await expect(platform.protectFromCapture(true)).resolves.toEqual({ ok: true })
  expect(api).toHaveBeenCalledWith(expect.objectContaining({ visualEffect: 'hidden' }))
})

test('the screen guard holds and releases with callback-only capture protection without rejecting', async () => {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  let guard!: typeof import('@/components/code/screen-guard')
  let taro!: Stub
  jest.isolateModules(() => {
    guard = jest.requireActual('@/components/code/screen-guard')
    taro = (jest.requireActual('@tarojs/taro') as { default: Stub }).default
  })
  process.env.TARO_ENV = previous
  const capture = callbackOnly('ok')
  taro.setVisualEffectOnCapture = capture
  await expect(guard.holdScreenForCode()).resolves.toBeUndefined()
  await expect(guard.releaseScreen()).resolves.toBeUndefined()
  await new Promise((r) => setTimeout(r, 0))
  expect(capture.mock.calls.map(([o]) => (o as { visualEffect: string }).visualEffect)).toEqual(['hidden', 'none'])
})

test('a promise-wrapped API that rejects answers failed with the platform message', async () => {
  const { platform, taro } = load('weapp')
  taro.setClipboardData = jest.fn(() => Promise.reject({ errMsg: 'setClipboardData:fail no permission' }))
  await expect(platform.copyText('123')).resolves.toEqual({ ok: false, reason: 'failed', message: 'setClipboardData:fail no permission' })
})

test('a cancelled scan answers cancelled; a scan answers the scanned text', async () => {
  const { platform, taro } = load('weapp')
  taro.scanCode = callbackOnly('cancel')
  expect(await platform.scanCode()).toMatchObject({ ok: false, reason: 'cancelled' })
  taro.scanCode = callbackOnly('ok', { result: 'C123' })
  expect(await platform.scanCode()).toEqual({ ok: true, value: 'C123' })
})

test('an API the platform lacks, or canIUse denies, answers unsupported without calling anything', async () => {
  const { platform, taro } = load('weapp')
  delete taro.addPhoneCalendar
  expect(platform.canAddPhoneCalendar()).toBe(false)
  expect(await platform.addPhoneCalendar({ title: 'x', startTime: 1 })).toEqual({ ok: false, reason: 'unsupported' })
  const call = jest.fn()
  taro.makePhoneCall = call
  taro.canIUse = (name: string) => name !== 'makePhoneCall'
  expect(await platform.callPhone('4000000000')).toEqual({ ok: false, reason: 'unsupported' })
  expect(call).not.toHaveBeenCalled()
  delete taro.canIUse
})

test('on H5 brightness and capture protection are unsupported even when a stand-in exists', async () => {
  const { platform, taro } = load('h5')
  taro.setScreenBrightness = jest.fn()
  expect(await platform.setScreenBrightness(1)).toEqual({ ok: false, reason: 'unsupported' })
  expect(await platform.protectFromCapture(true)).toEqual({ ok: false, reason: 'unsupported' })
  expect(taro.setScreenBrightness).not.toHaveBeenCalled()
})

test('subscribe messages answer each template’s choice', async () => {
  const { platform, taro } = load('weapp')
  taro.requestSubscribeMessage = callbackOnly('ok', { errMsg: 'requestSubscribeMessage:ok', T1: 'accept', T2: 'reject' })
  expect(await platform.requestSubscribeMessages(['T1', 'T2'])).toEqual({ ok: true, value: { T1: 'accept', T2: 'reject' } })
})

// A module, so its helper types stay its own.
export {}

test('weapp: a text file is written to the user data folder and offered through WeChat’s file sheet', async () => {
  const { platform, taro } = load('weapp')
  const writeFile = jest.fn((o: Cb & { filePath: string }) => setTimeout(() => o.success?.({}), 0))
  taro.getFileSystemManager = () => ({ writeFile })
  taro.env = { USER_DATA_PATH: 'wxfile://usr' }
  const share = callbackOnly('ok')
  taro.shareFileMessage = share
  await expect(platform.saveTextFile('我的数据.json', '{"a":1}')).resolves.toEqual({ ok: true })
  expect(writeFile).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://usr/我的数据.json', data: '{"a":1}', encoding: 'utf8' }))
  expect(share).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'wxfile://usr/我的数据.json', fileName: '我的数据.json' }))
})

test('weapp: saving a file answers unsupported without shareFileMessage, and failed when writing fails', async () => {
  const { platform, taro } = load('weapp')
  taro.env = { USER_DATA_PATH: 'wxfile://usr' }
  taro.getFileSystemManager = () => ({ writeFile: (o: Cb) => o.fail?.({ errMsg: 'writeFile:fail the maximum size of the file storage limit is exceeded' }) })
  delete taro.shareFileMessage
  await expect(platform.saveTextFile('a.json', '{}')).resolves.toEqual({ ok: false, reason: 'unsupported' })
  taro.shareFileMessage = callbackOnly('ok')
  await expect(platform.saveTextFile('a.json', '{}')).resolves.toMatchObject({ ok: false, reason: 'failed' })
})
