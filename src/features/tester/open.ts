import Taro from '@tarojs/taro'

// Testers' ways in from 我的. Kept apart from the console itself so the profile tab (main package)
// does not carry the console's code; both routes exist only in mock builds (src/app.config.ts).
export const TESTER_ROUTE = '/pages/tester/index'
export const STORE_COUNTER_ROUTE = '/pages/store-counter/index'

/** The discreet way in (long-press on the profile's version line); a no-op without mocks. */
export function openTesterConsole(): void {
  if (__MOCK__) void Taro.navigateTo({ url: TESTER_ROUTE })
}

/** The clerk's redemption page, for testers; real stores run the counter build instead. */
export function openStoreCounter(): void {
  if (__MOCK__) void Taro.navigateTo({ url: STORE_COUNTER_ROUTE })
}
