package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void plainFieldsStayBare() {
    assertEquals("a,b c,\r\n", Csv.row(Arrays.asList("a", "b c", null)));
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() {
    assertEquals("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n",
        Csv.row(Arrays.asList("x, y", "say \"hi\"", "two\nlines", "cr\rhere")));
    assertEquals("\u201ccurly\u201d", Csv.field("\u201ccurly\u201d"), "only the ASCII double quote needs quoting");
    assertEquals("\"\"\"\"", Csv.field("\""));
    assertEquals("", Csv.field(""));
  }
}
