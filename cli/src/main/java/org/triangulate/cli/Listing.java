package org.triangulate.cli;

import org.triangulate.model.Article;

/** One article as one line of text: id, date, outlet, title, separated by tabs. */
final class Listing {

  private Listing() {}

  static String line(Article a) {
    return String.join("\t",
        a.id(),
        a.published() == null ? "-" : a.published().toString().substring(0, 10),
        a.outlet() != null ? a.outlet() : a.reportedBy() != null ? a.reportedBy() : "-",
        a.title() == null ? "(no title)" : a.title());
  }
}
