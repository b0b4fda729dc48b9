type Guard = typeof import('./screen-guard')
type TaroStub = {
  getScreenBrightness: jest.Mock
  setScreenBrightness: jest.Mock
  setKeepScreenOn: jest.Mock
}

/** The guard acts in the mini-program builds (not H5); load a fresh copy as if it were one. */
function loadWeappGuard(env: typeof process.env.TARO_ENV = 'weapp'): { guard: Guard; taro: TaroStub } {
  const previous = process.env.TARO_ENV
  process.env.TARO_ENV = env
  let loaded!: { guard: Guard; taro: TaroStub }
  jest.isolateModules(() => {
    loaded = {
      guard: jest.requireActual('./screen-guard') as Guard,
      taro: (jest.requireActual('@tarojs/taro') as { default: TaroStub }).default,
    }
  })
  process.env.TARO_ENV = previous
  loaded.taro.getScreenBrightness.mockClear()
  loaded.taro.setScreenBrightness.mockClear()
  loaded.taro.setKeepScreenOn.mockClear()
  return loaded
}

/** A phone screen: what was last set is what a read returns. */
function fakeScreen(taro: TaroStub, brightness: number) {
  const screen = { brightness, keptOn: false }
  taro.getScreenBrightness.mockImplementation(async () => ({ value: screen.brightness }))
  taro.setScreenBrightness.mockImplementation(async ({ value }: { value: number }) => void (screen.brightness = value))
  taro.setKeepScreenOn.mockImplementation(async ({ keepScreenOn }: { keepScreenOn: boolean }) => void (screen.keptOn = keepScreenOn))
  return screen
}

/** A brightness read that answers only when the test says so, like a slow native bridge. */
function slowBrightnessRead(taro: TaroStub) {
  let answer!: (value: { value: number }) => void
  taro.getScreenBrightness.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
  return (value: number) => answer({ value })
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe.each(['alipay', 'tt'] as const)('screen guard in the %s build', (env) => {
  it('raises the brightness while a code shows and gives the member theirs back', async () => {
    const { guard, taro } = loadWeappGuard(env)
    const screen = fakeScreen(taro, 0.4)
    await guard.holdScreenForCode()
    expect(screen).toEqual({ brightness: 1, keptOn: true })
    await guard.releaseScreen()
    expect(screen).toEqual({ brightness: 0.4, keptOn: false })
  })
})

describe('screen guard: the release wins over a hold still in flight', () => {
  it('opening a code and backing out while the brightness read is pending leaves the member’s brightness', async () => {
    const { guard, taro } = loadWeappGuard()
    const screen = fakeScreen(taro, 0.3)
    const answer = slowBrightnessRead(taro)
    const hold = guard.holdScreenForCode()
    await flush() // the hold has asked for the current brightness and waits
    expect(taro.getScreenBrightness).toHaveBeenCalledTimes(1)
    const release = guard.releaseScreen()
    answer(0.3)
    await Promise.all([hold, release])
    expect(screen).toEqual({ brightness: 0.3, keptOn: false })
  })

  it('a hold released before it even started never raises the brightness', async () => {
    const { guard, taro } = loadWeappGuard()
    const screen = fakeScreen(taro, 0.6)
    await Promise.all([guard.holdScreenForCode(), guard.releaseScreen()])
    expect(taro.setScreenBrightness).not.toHaveBeenCalledWith({ value: 1 })
    expect(screen).toEqual({ brightness: 0.6, keptOn: false })
  })

  it('open, back, open again: the second hold stands and one release restores the first brightness', async () => {
    const { guard, taro } = loadWeappGuard()
    const screen = fakeScreen(taro, 0.4)
    const answer = slowBrightnessRead(taro)
    const first = guard.holdScreenForCode()
    await flush()
    const back = guard.releaseScreen()
    const again = guard.holdScreenForCode()
    answer(0.4)
    await Promise.all([first, back, again])
    expect(screen).toEqual({ brightness: 1, keptOn: true })
    await guard.releaseScreen()
    expect(screen).toEqual({ brightness: 0.4, keptOn: false })
  })
})
