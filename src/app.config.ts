export default defineAppConfig({
  pages: ['pages/home/index', 'pages/profile/index', 'pages/rights/index', 'pages/right-detail/index', 'pages/growth/index', 'pages/growth-record/index', 'pages/invites/index', 'pages/invite-detail/index', 'pages/coupons/index', 'pages/claim-center/index', 'pages/coupon-code/index', 'pages/store-counter/index', ...(process.env.MOCK !== 'off' ? ['pages/tester/index'] : [])],
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
      { pagePath: 'pages/home/index', text: '会员' },
      { pagePath: 'pages/rights/index', text: '权益' },
      { pagePath: 'pages/coupons/index', text: '券包' },
      { pagePath: 'pages/profile/index', text: '我的' },
    ],
  },
})
