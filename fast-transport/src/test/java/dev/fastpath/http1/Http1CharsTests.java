package dev.fastpath.http1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scans must stop exactly where the byte tables say, for every byte value. */
class Http1CharsTests {

  private static int naive(byte[] a, int from, int to, boolean[] table) {
    int i = from;
    while (i < to && table[a[i] & 0xFF]) {
      i++;
    }
    return i;
  }

  @Test
  void fieldContentScanStopsAtEveryByteOutsideTheTableAtEveryPosition() {
    for (int value = 0; value < 256; value++) {
      for (int position = 0; position < 24; position++) {
        byte[] a = new byte[32];
        Arrays.fill(a, (byte) 'a');
        a[position] = (byte) value;
        int expected = naive(a, 0, a.length, Http1Chars.FIELD_CONTENT);
        assertThat(Http1Chars.skipFieldContent(a, 0, a.length)).as("byte 0x%02x at %d", value, position)
            .isEqualTo(expected);
        assertThat(expected).isEqualTo(Http1Chars.FIELD_CONTENT[value] ? 32 : position);
      }
    }
  }

  @Test
  void requestLineScanStopsAtEveryByteOutsideTheTableAtEveryPosition() {
    for (int value = 0; value < 256; value++) {
      for (int position = 0; position < 24; position++) {
        byte[] a = new byte[32];
        Arrays.fill(a, (byte) '/');
        a[position] = (byte) value;
        assertThat(Http1Chars.skipRequestLineChars(a, 0, a.length)).as("byte 0x%02x at %d", value, position)
            .isEqualTo(naive(a, 0, a.length, Http1Chars.REQUEST_LINE));
      }
    }
  }

  @Test
  void scansAgreeWithTheTablesOnRandomBytesAndOffsets() {
    Random random = new Random(7);
    byte[] ordinary = "abcXYZ 019/?=&%-._~\t\u00e9\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int round = 0; round < 20_000; round++) {
      byte[] a = new byte[random.nextInt(40)];
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextInt(30) == 0 ? (byte) random.nextInt(256) : ordinary[random.nextInt(ordinary.length)];
      }
      int from = a.length == 0 ? 0 : random.nextInt(a.length);
      int to = from + random.nextInt(a.length - from + 1);
      assertThat(Http1Chars.skipFieldContent(a, from, to)).isEqualTo(naive(a, from, to, Http1Chars.FIELD_CONTENT));
      assertThat(Http1Chars.skipRequestLineChars(a, from, to)).isEqualTo(naive(a, from, to, Http1Chars.REQUEST_LINE));
    }
  }

  @Test
  void tablesHoldTheRfcCharacterClasses() {
    String tchar = "!#$%&'*+-.^_`|~";
    for (int c = 0; c < 256; c++) {
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      assertThat(Http1Chars.TCHAR[c]).as("tchar 0x%02x", c).isEqualTo(alnum || tchar.indexOf(c) >= 0);
      assertThat(Http1Chars.FIELD_CONTENT[c]).as("field-content 0x%02x", c)
          .isEqualTo(c == '\t' || c >= 0x20 && c != 0x7F);
      assertThat(Http1Chars.REQUEST_LINE[c]).as("request-line 0x%02x", c).isEqualTo(c >= 0x20 && c < 0x7F);
      assertThat(Http1Chars.HEXDIG[c]).isEqualTo(c < 128 && Character.digit(c, 16) >= 0);
    }
  }
}
