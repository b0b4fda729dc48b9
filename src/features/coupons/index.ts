export { WalletScreen } from './wallet-screen'
export { ClaimCenterScreen } from './claim-center-screen'
export { CodeScreen } from './code-screen'
export { useCouponStore, createCouponStore } from './coupon-store'
