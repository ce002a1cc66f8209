package dev.fastpath.validation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTests {

  private static boolean check(String format, String value) {
    return Formats.forName(format).test(value);
  }

  @Test
  void acceptsUrisOnlyWhenTheyFollowTheRfc3986Grammar() {
    assertThat(check("uri", "https://user@shop.example:8443/a/b;c?q=1&r#frag")).isTrue();
    assertThat(check("uri", "urn:isbn:0451450523")).isTrue();
    assertThat(check("uri", "http://[2001:db8::7]/x")).isTrue();
    assertThat(check("uri", "/relative/path")).isFalse();
    assertThat(check("uri", "http://2001:db8::7/x")).isFalse(); // an IPv6 host needs brackets
    assertThat(check("uri", "http://shop.example:80a/")).isFalse();
    assertThat(check("uri", "http://shop.example/a b")).isFalse();
    assertThat(check("uri", "ht,tp://shop.example/")).isFalse();
    assertThat(check("uri", "http://shop.example/%zz")).isFalse();
    assertThat(check("uri", "http://shop.example/caf\u00e9")).isFalse();
    assertThat(check("uri-reference", "../up?x#y")).isTrue();
    assertThat(check("uri-reference", "#")).isTrue();
    assertThat(check("uri-reference", "a:b:c")).isTrue(); // scheme "a"
    assertThat(check("uri-reference", ":no-scheme")).isFalse();
    assertThat(check("uri-reference", "\\\\server\\share")).isFalse();
  }

  @Test
  void acceptsNonAsciiCharactersInIrisButNotInUris() {
    assertThat(check("iri", "http://b\u00fccher.example/stra\u00dfe?q=\u00e9")).isTrue();
    assertThat(check("iri-reference", "stra\u00dfe/\u00fcber")).isTrue();
    assertThat(check("iri", "stra\u00dfe/\u00fcber")).isFalse();
    assertThat(check("iri", "http://example.test/#\uE000")).isFalse(); // private use only in the query
    assertThat(check("iri", "http://example.test/?\uE000")).isTrue();
  }

  @Test
  void checksUriTemplateExpressions() {
    assertThat(check("uri-template", "/orders/{id}{?page,size}")).isTrue();
    assertThat(check("uri-template", "{+path:12}/x{#frag*}")).isTrue();
    assertThat(check("uri-template", "/orders/{id")).isFalse();
    assertThat(check("uri-template", "/orders/{}")).isFalse();
    assertThat(check("uri-template", "/orders/{id:0}")).isFalse();
    assertThat(check("uri-template", "/a b")).isFalse();
  }

  @Test
  void checksRelativeJsonPointers() {
    assertThat(check("relative-json-pointer", "0")).isTrue();
    assertThat(check("relative-json-pointer", "3/items/0")).isTrue();
    assertThat(check("relative-json-pointer", "12#")).isTrue();
    assertThat(check("relative-json-pointer", "/items")).isFalse();
    assertThat(check("relative-json-pointer", "07/x")).isFalse();
    assertThat(check("relative-json-pointer", "1##")).isFalse();
    assertThat(check("relative-json-pointer", "")).isFalse();
  }

  @Test
  void acceptsQuotedLocalPartsAndAddressLiteralsInEmails() {
    assertThat(check("email", "\"first last\"@shop.example")).isTrue();
    assertThat(check("email", "ops@[192.0.2.1]")).isTrue();
    assertThat(check("email", "ops@[IPv6:2001:db8::1]")).isTrue();
    assertThat(check("email", "ops@[192.0.2.256]")).isFalse();
    assertThat(check("email", "ops@[IPv6:2001:db8::g]")).isFalse();
    assertThat(check("email", "first..last@shop.example")).isFalse();
    assertThat(check("email", "ops@shop_example.com")).isFalse();
    assertThat(check("email", "j\u00fcrgen@b\u00fccher.example")).isFalse();
    assertThat(check("idn-email", "j\u00fcrgen@b\u00fccher.example")).isTrue();
    assertThat(check("idn-email", "j\u00fcrgen")).isFalse();
  }

  @Test
  void validatesALabelsInHostnames() {
    assertThat(check("hostname", "xn--bcher-kva.example")).isTrue();
    assertThat(check("hostname", "xn--9.example")).isFalse(); // not valid Punycode
    assertThat(check("hostname", "ab--cd.example")).isFalse(); // "--" in positions 3-4 outside an A-label
    assertThat(check("hostname", "xn--abc-")).isFalse(); // decodes to ASCII only
    assertThat(check("hostname", "shop.example.")).isFalse();
    assertThat(check("hostname", "a.b-c.d9")).isTrue();
  }

  @Test
  void acceptsIpv6AddressesWithOneCompressionAnywhere() {
    assertThat(check("ipv6", "2001:db8::7")).isTrue();
    assertThat(check("ipv6", "::")).isTrue();
    assertThat(check("ipv6", "::1")).isTrue();
    assertThat(check("ipv6", "fe80::")).isTrue();
    assertThat(check("ipv6", "1:2:3:4:5:6:7:8")).isTrue();
    assertThat(check("ipv6", "::ffff:192.0.2.1")).isTrue();
    assertThat(check("ipv6", "1:2:3:4:5:6:192.0.2.1")).isTrue();
    assertThat(check("ipv6", "1:2:3:4:5::192.0.2.1")).isTrue();
    assertThat(check("ipv6", "1:2:3:4:5:6:7::")).isTrue();
    assertThat(check("ipv6", "1:2:3:4:5:6:7:8::")).isFalse();
    assertThat(check("ipv6", "1::2::3")).isFalse();
    assertThat(check("ipv6", "1:2:3:4:5:6:7")).isFalse();
    assertThat(check("ipv6", "12345::")).isFalse();
    assertThat(check("ipv6", ":1:2:3:4:5:6:7")).isFalse();
    assertThat(check("ipv6", "1:2:3:4:5:6:7:192.0.2.1")).isFalse();
    assertThat(check("ipv6", "fe80::1%eth0")).isFalse();
  }

  @Test
  void assertsEveryFormatThatDraft202012Defines() {
    for (String format : java.util.List.of("date-time", "date", "time", "duration", "email", "idn-email",
        "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid",
        "uri-template", "json-pointer", "relative-json-pointer", "regex")) {
      assertThat(Formats.forName(format)).as(format).isNotNull();
      assertThat(Formats.isDefinedButNotAssertable(format)).as(format).isFalse();
    }
    assertThat(Formats.forName("my-own-format")).isNull();
    assertThat(Formats.isDefinedButNotAssertable("my-own-format")).isFalse();
  }
}
