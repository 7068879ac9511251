package org.triangulate.stories;

/**
 * Union-find over the numbers 0 to n-1, with path halving. A set's representative is its smallest
 * member, so that grouping never depends on the order in which pairs are joined. Not thread-safe.
 */
public final class DisjointSets {

  private final int[] parent;

  public DisjointSets(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  public int root(int member) {
    int i = member;
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  public void join(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
