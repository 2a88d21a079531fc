/** A piece of a tree as far as whose holder may be shown is concerned. */
export interface TreePiece {
  id: string;
  parentId: string | null;
}

/**
 * Whose holders a caller is shown in a tree (api-contract.md § Transfer and split):
 *  - `WHOLE` (the debtor, the root's creditor, regulators, the operator): every holder;
 *  - `CHAIN` (a holder): the holders of the pieces it may see (its own and their descendants) and
 *    of their ancestors, the chain of transfers behind them;
 *  - `OWN` (a bank): the holders of the pieces it may see, those put before it.
 * Every other piece is shown without its holder.
 */
export type TreeView = { kind: 'WHOLE' } | { kind: 'CHAIN' | 'OWN'; visible: ReadonlySet<string> };

/** The ids of the pieces whose holder the caller is shown. */
export function holdersShown(pieces: readonly TreePiece[], view: TreeView): Set<string> {
  if (view.kind === 'WHOLE') return new Set(pieces.map((p) => p.id));
  const shown = new Set(pieces.filter((p) => view.visible.has(p.id)).map((p) => p.id));
  if (view.kind === 'OWN') return shown;
  const parentOf = new Map(pieces.map((p) => [p.id, p.parentId]));
  for (const id of [...shown]) {
    for (let parent = parentOf.get(id); parent; parent = parentOf.get(parent)) shown.add(parent);
  }
  return shown;
}
