type PrivacyModule = typeof import('./privacy')
type Stub = Record<string, unknown>

/** privacy.ts decides weapp-or-not at load, so each case loads it afresh as the weapp build would. */
function loadForWeapp(runtime: Stub = {}): PrivacyModule {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  let loaded: PrivacyModule | undefined
  jest.isolateModules(() => {
    // The isolated registry has its own Taro stand-in: give it this runtime's privacy API.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Object.assign((require('@tarojs/taro') as { default: Stub }).default, runtime)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('./privacy') as PrivacyModule
  })
  process.env.TARO_ENV = previous
  return loaded!
}


test('WeChat’s privacy authorization is asked with callbacks, and its answer decides', async () => {
  const granted = loadForWeapp({ requirePrivacyAuthorize: (o: { success: () => void }) => o.success() })
  await expect(granted.requireWechatPrivacy()).resolves.toBe(true)
  const refused = loadForWeapp({ requirePrivacyAuthorize: (o: { fail: () => void }) => o.fail() })
  await expect(refused.requireWechatPrivacy()).resolves.toBe(false)
})

test('a base library without the privacy API (or H5) counts as authorized, never a crash', async () => {
  await expect(loadForWeapp().requireWechatPrivacy()).resolves.toBe(true)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await expect((require('./privacy') as PrivacyModule).requireWechatPrivacy()).resolves.toBe(true)
})

test('when WeChat needs authorization, our notice’s answer is given: agree once agreed, else disagree and ask', () => {
  let listener: ((resolve: (o: { event: string }) => void) => void) | undefined
  let agreed = false
  const asked = jest.fn()
  loadForWeapp({ onNeedPrivacyAuthorization: (l: typeof listener) => (listener = l) }).answerWechatPrivacyWith(() => agreed, asked)
  const resolve = jest.fn()
  listener!(resolve)
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
  expect(asked).toHaveBeenCalledTimes(1)
  agreed = true
  listener!(resolve)
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree' })
})

// A module, so its helper types stay its own.
export {}
