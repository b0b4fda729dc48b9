export { TesterConsole } from './tester-console'
export { TESTER_ROUTE, openTesterConsole } from './open'
