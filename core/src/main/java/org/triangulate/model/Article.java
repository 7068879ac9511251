package org.triangulate.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article as read from its source and cleaned, before language analysis.
 *
 * @param id the JSONL id, or for a file its path as given
 * @param url the page's address, or null
 * @param title the headline, or null when none could be found
 * @param outlet the publisher as the input gives it (metadata, or a site-name line), or null
 * @param reportedBy the outlet the text itself names as having done the reporting ("told
 *     Newsweek"), or null
 * @param authors the bylined writers, in order
 * @param published when it was published, or null
 * @param language an ISO 639-1 code, or null
 * @param text the text every span indexes into, verbatim from the input
 * @param boilerplate parts of {@code text} judged not to be the article, sorted, not overlapping
 */
public record Article(
    String id,
    String url,
    String title,
    String outlet,
    String reportedBy,
    List<String> authors,
    Instant published,
    String language,
    String text,
    List<Span> boilerplate) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    boilerplate = List.copyOf(boilerplate);
    for (Span span : boilerplate) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException("boilerplate span " + span + " beyond the text of " + id);
      }
    }
  }

  /**
   * Whether there is no article here: a web page that held none (an index, a login page) keeps
   * its metadata and has an empty text.
   */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** An article with nothing known but its id and text. */
  public static Article of(String id, String text) {
    return new Article(id, null, null, null, null, List.of(), null, null, text, List.of());
  }

  public Article withTitle(String newTitle) {
    return new Article(id, url, newTitle, outlet, reportedBy, authors, published, language, text, boilerplate);
  }

  public Article withOutlet(String newOutlet) {
    return new Article(id, url, title, newOutlet, reportedBy, authors, published, language, text, boilerplate);
  }

  public Article withReportedBy(String newReportedBy) {
    return new Article(id, url, title, outlet, newReportedBy, authors, published, language, text, boilerplate);
  }

  public Article withAuthors(List<String> newAuthors) {
    return new Article(id, url, title, outlet, reportedBy, newAuthors, published, language, text, boilerplate);
  }

  public Article withLanguage(String newLanguage) {
    return new Article(id, url, title, outlet, reportedBy, authors, published, newLanguage, text, boilerplate);
  }

  public Article withBoilerplate(List<Span> newBoilerplate) {
    return new Article(id, url, title, outlet, reportedBy, authors, published, language, text, newBoilerplate);
  }

  /** The text with every boilerplate span replaced by spaces, so that offsets still hold. */
  public String body() {
    if (boilerplate.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Span span : boilerplate) {
      for (int i = span.start(); i < span.end(); i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
