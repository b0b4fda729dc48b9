export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/rights/index',
    'pages/coupons/index',
    'pages/profile/index',
    'pages/growth/index',
    'pages/growth-record/index',
    'pages/right-detail/index',
    'pages/invites/index',
    'pages/invite-detail/index',
    'pages/claim-center/index',
    'pages/coupon-code/index',
    'pages/store-counter/index',
    'pages/not-found/index',
    // Issue 11, sign-in and join (the lead may move them into a subpackage).
    'pages/sign-in/index',
    'pages/programme/index',
    'pages/join/index',
    'pages/profile-edit/index',
    // The tester console ships only with the fake backend.
    ...(process.env.MOCK !== 'off' ? ['pages/tester/index'] : []),
  ],
  // H5 only: Taro's slide-in leaves the previous page hidden when back is pressed mid-animation
  // (a member who opens a coupon and backs out at once sees a blank wallet); pages switch at once.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  // weapp: WeChat's privacy flow (onNeedPrivacyAuthorization / requirePrivacyAuthorize) for the join page.
  ...(process.env.TARO_ENV === 'weapp' ? { __usePrivacyCheck__: true } : {}),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#f6f4f0',
    navigationBarTitleText: '会员圈',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f6f4f0',
  },
  tabBar: {
    color: '#6b655c',
    selectedColor: '#1f1d1a',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '会员', iconPath: 'assets/tab/member.png', selectedIconPath: 'assets/tab/member-active.png' },
      { pagePath: 'pages/rights/index', text: '权益', iconPath: 'assets/tab/rights.png', selectedIconPath: 'assets/tab/rights-active.png' },
      { pagePath: 'pages/coupons/index', text: '券包', iconPath: 'assets/tab/coupons.png', selectedIconPath: 'assets/tab/coupons-active.png' },
      { pagePath: 'pages/profile/index', text: '我的', iconPath: 'assets/tab/profile.png', selectedIconPath: 'assets/tab/profile-active.png' },
    ],
  },
})
