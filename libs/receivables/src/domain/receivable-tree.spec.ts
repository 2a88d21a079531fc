import { holdersShown, type TreePiece } from './receivable-tree';

//        root
//       /    \
//      a      b
//     / \      \
//   a1   a2     b1
const tree: TreePiece[] = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'b', parentId: 'root' },
  { id: 'a1', parentId: 'a' },
  { id: 'a2', parentId: 'a' },
  { id: 'b1', parentId: 'b' },
];
const sorted = (ids: Set<string>) => [...ids].sort();

describe('whose holders a caller sees in a tree', () => {
  it('shows every holder to the debtor, the root’s creditor, regulators and the operator', () => {
    expect(sorted(holdersShown(tree, { kind: 'WHOLE' }))).toEqual(['a', 'a1', 'a2', 'b', 'b1', 'root']);
  });

  it('shows a holder its own pieces, their descendants and the chain of ancestors behind them', () => {
    // The holder of a sees a and (as their upstream holder) a1 and a2.
    expect(sorted(holdersShown(tree, { kind: 'CHAIN', visible: new Set(['a', 'a1', 'a2']) }))).toEqual([
      'a',
      'a1',
      'a2',
      'root',
    ]);
    expect(sorted(holdersShown(tree, { kind: 'CHAIN', visible: new Set(['b1']) }))).toEqual(['b', 'b1', 'root']);
  });

  it('shows a bank only the holders of the pieces put before it', () => {
    expect(sorted(holdersShown(tree, { kind: 'OWN', visible: new Set(['a1']) }))).toEqual(['a1']);
  });
});
