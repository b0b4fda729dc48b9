export default definePageConfig({
  navigationBarTitleText: '共创任务',
})
