package org.triangulate.store;

import java.nio.file.Path;

/**
 * The child process of {@link StoreCrashIT}: puts {@link CrashArticles} into a store, carrying on
 * from what the store already holds, commits every {@code every} articles and reports each commit
 * on standard output once {@link ArticleStore#commit()} has returned, until it is killed or has
 * written {@code most} articles.
 *
 * <p>Arguments: data directory, every, most.
 */
public final class CrashingWriter {

  private CrashingWriter() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    int every = Integer.parseInt(args[1]);
    int most = Integer.parseInt(args[2]);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      for (int i = Math.toIntExact(store.count()); i < most; i++) {
        store.put(CrashArticles.article(i));
        if ((i + 1) % every == 0) {
          store.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
  }
}
