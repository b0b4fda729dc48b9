export default definePageConfig({
  navigationBarTitleText: '我邀请的',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
