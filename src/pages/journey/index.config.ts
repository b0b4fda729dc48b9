export default definePageConfig({
  navigationBarTitleText: '我的会员旅程',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
