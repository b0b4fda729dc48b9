export default definePageConfig({
  navigationBarTitleText: '成长路径',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
