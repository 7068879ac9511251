package org.triangulate.store;

import org.triangulate.model.Origin;
import org.triangulate.stories.ArticleDigest;

/**
 * Where an article went in the store's stories, as its document records it.
 *
 * @param story the id of its story
 * @param copyOf the id of the stored article it republishes, or null
 * @param origin the outlet its text credits with the reporting, or null
 * @param digest what story assignment read from it, kept for later comparisons
 * @param sequence its place in the order of placement
 */
record Placed(String story, String copyOf, Origin origin, ArticleDigest digest, long sequence) {}
