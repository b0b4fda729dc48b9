export default definePageConfig({
  navigationBarTitleText: '提个想法',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
