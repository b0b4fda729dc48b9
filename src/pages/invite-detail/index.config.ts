export default definePageConfig({
  navigationBarTitleText: '邀请详情',
})
