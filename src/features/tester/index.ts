export { TesterConsole } from './tester-console'
export { TESTER_ROUTE, STORE_COUNTER_ROUTE, openStoreCounter, openTesterConsole } from './open'
