package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void utf8IsUtf8AndLineEndingsStay() {
    String text = "Won’t stop\r\nNorth Korea\rline\n";
    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void byteOrderMarksDecideAndAreDropped() {
    String text = "Café “quoted”\r\n";
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(text, TextDecoder.decode(utf8));
    assertEquals(text, TextDecoder.decode(le));
    assertEquals(text, TextDecoder.decode(be));
  }

  @Test
  void invalidUtf8IsWindows1252() {
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0x80};
    assertEquals("Café “q” €", TextDecoder.decode(bytes));
  }

  @Test
  void declaredCharsetAppliesWithoutMark() {
    byte[] bytes = {'C', 'a', 'f', (byte) 0xE9};
    assertEquals("Café", TextDecoder.decode(bytes, StandardCharsets.ISO_8859_1));
    assertEquals("", TextDecoder.decode(new byte[0]));
  }
}
