/**
 * The embedded store: analysed articles in a Lucene index under a data directory, found by
 * words, entities and metadata. {@link org.triangulate.store.ArticleStore} is the front door; it is
 * the only part of Triangulate that knows Lucene. One store at a time writes to a data directory and
 * holds its lock; stores opened read-only take none, and follow the writer's commits.
 *
 * <p>Each article is one Lucene document holding its contract JSON (what is read back) and fields
 * made from it: the id; title and body text, analysed as English; entity names and mentions,
 * the names of quoted speakers (and their folded names, exact, for {@link
 * org.triangulate.store.ArticleStore#quotes}),
 * outlet, the outlet that did the reporting and authors, analysed as names; language;
 * publication time as a point and a sort key; and the content hash by which a second copy of the
 * same text is recognised. Counts by outlet, entity, author, speaker and language come from doc values.
 */
package org.triangulate.store;
