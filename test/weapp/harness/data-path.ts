// Applies a mini-program setData update: keys are paths such as 'root.cn[0].cn' or 'root.cn.[2].v'.
export function splitPath(path: string): Array<string | number> {
  const parts: Array<string | number> = []
  for (const raw of path.split('.')) {
    const re = /([^[\]]+)|\[(\d+)\]/g
    let m: RegExpExecArray | null
    while ((m = re.exec(raw))) parts.push(m[2] !== undefined ? Number(m[2]) : m[1])
  }
  return parts
}

export function applySetData(target: Record<string, unknown>, update: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(update)) {
    const parts = splitPath(path)
    let cur: Record<string | number, unknown> = target
    parts.forEach((key, i) => {
      if (i === parts.length - 1) {
        cur[key] = value
        return
      }
      const next = cur[key]
      if (typeof next !== 'object' || next === null) cur[key] = typeof parts[i + 1] === 'number' ? [] : {}
      cur = cur[key] as Record<string | number, unknown>
    })
  }
}
