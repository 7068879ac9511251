package org.triangulate.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Rows of comma-separated values as RFC 4180 has them: CRLF line ends, fields quoted when needed. */
final class Csv {

  private Csv() {}

  /** One record, with its CRLF. A null field is empty. */
  static String row(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
