export default definePageConfig({ navigationBarTitleText: '会员码', navigationBarBackgroundColor: '#ffffff' })
