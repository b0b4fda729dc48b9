export default definePageConfig({
  navigationBarTitleText: '已享权益',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
