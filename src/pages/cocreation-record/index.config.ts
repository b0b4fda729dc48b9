export default definePageConfig({
  navigationBarTitleText: '我的共创',
  enablePullDownRefresh: true,
})
