export { ContentScreen } from './content-screen'
export { RightContentLink, hasContent } from './right-content'
