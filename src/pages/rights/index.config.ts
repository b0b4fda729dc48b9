export default definePageConfig({
  navigationBarTitleText: '专属权益',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
