/** `<controlPlane>-<pool>-node-NN`, as in the origin's tree: two digits from 00. */
export function nodeName(controlPlane: string, pool: string, index: number): string {
  return `${controlPlane}-${pool}-node-${String(index).padStart(2, "0")}`;
}

export function nodeNames(controlPlane: string, pool: string, replicas: number): string[] {
  return Array.from({ length: replicas }, (_, i) => nodeName(controlPlane, pool, i));
}
