import type { PropsWithChildren } from 'react'
import { bootMockBackend } from './services/mock-boot'
import './app.scss'

bootMockBackend()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
