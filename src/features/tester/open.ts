import Taro from '@tarojs/taro'

export const TESTER_ROUTE = '/pages/tester/index'

/** The discreet way in (long-press on the profile's version line); a no-op without mocks. */
export function openTesterConsole(): void {
  if (!__MOCK__) return
  void Taro.navigateTo({ url: TESTER_ROUTE })
}
