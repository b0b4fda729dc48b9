// react-dom ships no types and the project has no @types/react-dom; the H5 update banner
// (src/components/update-banner.tsx) needs only createPortal.
declare module 'react-dom' {
  import type { ReactNode, ReactPortal } from 'react'
  export function createPortal(children: ReactNode, container: Element | DocumentFragment, key?: string | null): ReactPortal
}
