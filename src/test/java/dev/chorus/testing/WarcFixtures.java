package dev.chorus.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds WARC files for tests with jwarc's own writer (records gzip-compressed one by one, as
 * crawlers write them), and remembers where each record starts.
 */
public final class WarcFixtures {

  private final List<WarcRecord> records = new ArrayList<>();

  /** The file's bytes and the byte offset of each record, in order. */
  public record Built(byte[] bytes, List<Long> offsets) {}

  public WarcFixtures warcinfo() {
    records.add(new Warcinfo.Builder().date(Instant.parse("2025-03-07T00:00:00Z"))
        .fields(java.util.Map.of("software", List.of("chorus-test"))).build());
    return this;
  }

  public WarcFixtures request(String url) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
        .addHeader("Host", URI.create(url).getHost()).build();
    records.add(new WarcRequest.Builder(url).date(Instant.parse("2025-03-07T08:00:00Z")).body(http).build());
    return this;
  }

  public WarcFixtures metadata(String url) {
    records.add(new WarcMetadata.Builder().targetURI(url).date(Instant.parse("2025-03-07T08:00:01Z"))
        .body(MediaType.WARC_FIELDS, "fetchTimeMs: 112\r\n".getBytes(StandardCharsets.UTF_8)).build());
    return this;
  }

  public WarcFixtures response(String url, String date, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(contentType), body).build();
    records.add(new WarcResponse.Builder(url).date(Instant.parse(date)).body(http).build());
    return this;
  }

  public WarcFixtures html(String url, String date, String html) throws IOException {
    return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  public Built build(boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord r : records) {
        offsets.add(writer.position());
        writer.write(r);
      }
    }
    return new Built(out.toByteArray(), offsets);
  }
}
