export { StoreCounterScreen } from './store-counter-screen'
