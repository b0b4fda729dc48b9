export { GrowthPathScreen } from './growth-path-screen'
export { GrowthRecordScreen } from './growth-record-screen'
export { useRecordStore, createRecordStore } from './record-store'
