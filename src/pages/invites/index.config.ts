export default definePageConfig({
  navigationBarTitleText: '共创邀请',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
