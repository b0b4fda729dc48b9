/**
 * The one place that decides what a build routes (evaluated by Taro in Node at build time):
 * - the member app (default): tab pages in the main package, detail pages in subpackages;
 * - mock builds (MOCK unset) add the tester console and the store counter, testers' tools;
 * - APP=counter (`npm run build:counter`): the store counter alone, the staff's own small H5 app.
 * Each subpackage's root is its page's folder, so every URL stays `/pages/<name>/index`.
 */
const mockBuild = process.env.MOCK !== 'off'
const counterApp = process.env.APP === 'counter'

const TAB_PAGES = ['pages/home/index', 'pages/rights/index', 'pages/coupons/index', 'pages/profile/index']
// The programme page is a visitor's first screen, so it loads with the app. The growth path and
// the invites inbox are subpackages the home preloads (preloadRule): ready by the time they are
// tapped, without weighing on the main package every launch downloads.
const MAIN_PAGES = ['pages/programme/index']
const DETAIL_PAGES = ['growth', 'invites', 'not-found', 'growth-record', 'right-detail', 'invite-detail', 'claim-center', 'coupon-code', 'sign-in', 'join', 'profile-edit', 'content', 'messages', 'cocreation-task', 'cocreation-record', 'member-code', 'share-poster', 'member-data', 'community', 'posts', 'referrals', 'ideas', 'value', 'journey']
const MOCK_ONLY_PAGES = ['tester', 'store-counter']

const subPackages = [...DETAIL_PAGES, ...(mockBuild ? MOCK_ONLY_PAGES : [])].map((name) => ({ root: `pages/${name}`, name, pages: ['index'] }))

const windowStyle = {
  backgroundTextStyle: 'light' as const,
  navigationBarBackgroundColor: '#f6f4f0',
  navigationBarTitleText: '会员圈',
  navigationBarTextStyle: 'black' as const,
  backgroundColor: '#f6f4f0',
}

// H5 only: Taro's slide-in leaves the previous page hidden when back is pressed mid-animation
// (a member who opens a coupon and backs out at once sees a blank wallet); pages switch at once.
const h5 = process.env.TARO_ENV === 'h5' ? { animation: false } : {}

const counterConfig = {
  pages: ['pages/store-counter/index'],
  ...h5,
  window: { ...windowStyle, navigationBarTitleText: '门店核销' },
}

const memberConfig = {
  pages: [...TAB_PAGES, ...MAIN_PAGES],
  subPackages,
  // The code page is ready by the time a member taps 出示券码 in the wallet.
  preloadRule: {
    'pages/coupons/index': { network: 'all' as const, packages: ['coupon-code', 'claim-center'] },
    'pages/home/index': { network: 'all' as const, packages: ['growth', 'invites', 'growth-record', 'member-code', 'share-poster'] },
    'pages/profile/index': { network: 'all' as const, packages: ['member-code'] },
    'pages/rights/index': { network: 'all' as const, packages: ['right-detail'] },
    'pages/invites/index': { network: 'all' as const, packages: ['invite-detail', 'cocreation-task'] },
  },
  ...h5,
  // weapp: WeChat's privacy flow (onNeedPrivacyAuthorization / requirePrivacyAuthorize) for the join page.
  ...(process.env.TARO_ENV === 'weapp' ? { __usePrivacyCheck__: true } : {}),
  window: windowStyle,
  tabBar: {
    color: '#6b655c',
    selectedColor: '#1f1d1a',
    backgroundColor: '#ffffff',
    borderStyle: 'white' as const,
    list: [
      { pagePath: 'pages/home/index', text: '会员', iconPath: 'assets/tab/member.png', selectedIconPath: 'assets/tab/member-active.png' },
      { pagePath: 'pages/rights/index', text: '权益', iconPath: 'assets/tab/rights.png', selectedIconPath: 'assets/tab/rights-active.png' },
      { pagePath: 'pages/coupons/index', text: '券包', iconPath: 'assets/tab/coupons.png', selectedIconPath: 'assets/tab/coupons-active.png' },
      { pagePath: 'pages/profile/index', text: '我的', iconPath: 'assets/tab/profile.png', selectedIconPath: 'assets/tab/profile-active.png' },
    ],
  },
}

export default defineAppConfig(counterApp ? counterConfig : memberConfig)
