export default definePageConfig({
  navigationBarTitleText: '会员内容',
})
