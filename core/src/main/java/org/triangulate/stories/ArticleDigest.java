package org.triangulate.stories;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What story assignment needs to know about an article: counts of its content words (lemmas,
 * lowercased) in the title, the lead and the whole body, counts of its canonical entities, a
 * fingerprint of its wording for finding copies, and an embedding of its title and lead, which
 * finds the same story told in other words. Small enough to keep for every article of a run.
 * Maps are sorted, so that every sum over them runs in the same order and results never depend
 * on hashing.
 *
 * @param fingerprint the body's shingle fingerprint, or null when the body is too short for one
 * @param embedding the sentence embedding of the title and lead, or null when none was made (story
 *     assignment without embeddings, or an article with neither)
 */
public record ArticleDigest(
    String id,
    Instant published,
    String outlet,
    String title,
    SortedMap<String, Integer> titleTerms,
    SortedMap<String, Integer> leadTerms,
    SortedMap<String, Integer> bodyTerms,
    SortedMap<String, Integer> entities,
    Fingerprint fingerprint,
    Embedding embedding) {

  public ArticleDigest {
    Objects.requireNonNull(id, "id");
    titleTerms = frozen(titleTerms);
    leadTerms = frozen(leadTerms);
    bodyTerms = frozen(bodyTerms);
    entities = frozen(entities);
  }

  private static SortedMap<String, Integer> frozen(Map<String, Integer> counts) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }
}
