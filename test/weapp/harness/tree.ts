// Reads what a page would render from its data: Taro keeps the tree under data.root.cn, each node
// { nn: node name, cn: children, v: text, sid, uid, cl: class, ... }.
export interface MiniNode {
  nn?: string
  cn?: MiniNode[]
  v?: string
  sid?: string
  uid?: string
  cl?: string
  [prop: string]: unknown
}

export function rootNodes(data: Record<string, unknown>): MiniNode[] {
  const root = data.root as { cn?: MiniNode[] } | undefined
  return root?.cn ?? []
}

export function textOf(node: MiniNode | MiniNode[]): string {
  const nodes = Array.isArray(node) ? node : [node]
  return nodes.map((n) => (typeof n.v === 'string' ? n.v : '') + textOf(n.cn ?? [])).join('')
}

export function pageText(data: Record<string, unknown>): string {
  return textOf(rootNodes(data))
}

export function* walk(nodes: MiniNode[]): Generator<MiniNode> {
  for (const n of nodes) {
    yield n
    yield* walk(n.cn ?? [])
  }
}

/** The innermost nodes whose text contains `text` (so a tap lands on the element, not on the page). */
export function findByText(data: Record<string, unknown>, text: string): MiniNode[] {
  const all = [...walk(rootNodes(data))].filter((n) => n.sid && textOf(n).includes(text))
  return all.filter((n) => !(n.cn ?? []).some((c) => textOf(c).includes(text) && all.includes(c)))
}

export function findByAttr(data: Record<string, unknown>, test: (n: MiniNode) => boolean): MiniNode[] {
  return [...walk(rootNodes(data))].filter(test)
}

/** The nodes from the root down to the innermost one whose text contains `text` ([] if none). */
export function pathToText(nodes: MiniNode[], text: string): MiniNode[] {
  for (const n of nodes) {
    if (!textOf(n).includes(text)) continue
    return [n, ...pathToText(n.cn ?? [], text)]
  }
  return []
}
