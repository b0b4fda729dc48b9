export { IdeasScreen } from './ideas-screen'
