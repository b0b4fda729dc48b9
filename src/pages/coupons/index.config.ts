export default definePageConfig({ navigationBarTitleText: '券包', enablePullDownRefresh: true, onReachBottomDistance: 200 })
