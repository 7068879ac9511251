package org.triangulate.clean;

import org.triangulate.model.Article;

/**
 * Finds what in an article's text is not the article (navigation, taglines, captions, credits,
 * related-story lists) and what the text says about itself (title, site name, authors, the outlet
 * that reported it). The text itself is never changed. Pure and safe to share across threads.
 */
public interface Cleaner {

  Article clean(Article article);
}
