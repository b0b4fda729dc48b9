export { ValueScreen } from './value-screen'
