export default definePageConfig({
  navigationBarTitleText: '社群活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
