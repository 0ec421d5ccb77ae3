package dev.chorus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * One input file to its pages: a text or HTML file (optionally gzip) is one page; a WARC file and
 * a JSON-lines file are streamed record by record (see {@link InputFormat}). Never throws: a file
 * that cannot be opened is an {@code unreadable} reject, and a one-page file larger than
 * {@link Decoder#MAX_TEXT_BYTES} is a {@code too_large} reject that is hashed but never held.
 */
public final class RecordReader {

  private RecordReader() {}

  public static Iterator<Page> read(String path, String relPath, long length, FileSource files) {
    byte[] head = new byte[InputFormat.HEAD_BYTES];
    int n;
    try (InputStream in = files.open(path, 0)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException | RuntimeException e) {
      return List.of(Page.rejected(path, relPath, length, null, RejectReason.UNREADABLE, describe(e))).iterator();
    }
    InputFormat format = n == 0 ? InputFormat.PAGE : InputFormat.of(path, head, n);
    return switch (format) {
      case WARC -> new WarcPages(path, relPath, length, files);
      case JSONL -> new JsonLinePages(path, relPath, length, InputFormat.isGzip(head, n), files);
      case PAGE -> List.of(wholeFile(path, relPath, length, files)).iterator();
    };
  }

  private static Page wholeFile(String path, String relPath, long length, FileSource files) {
    try (InputStream in = files.open(path, 0)) {
      if (length > Decoder.MAX_TEXT_BYTES) {
        Bounded.Bytes all = Bounded.hashOnly(in);
        return Page.rejected(path, relPath, length, all.hash(), RejectReason.TOO_LARGE,
            length + " bytes; the limit is " + Decoder.MAX_TEXT_BYTES);
      }
      Bounded.Bytes all = Bounded.read(in, Decoder.MAX_TEXT_BYTES);
      if (all.tooLarge()) {
        return Page.rejected(path, relPath, all.length(), all.hash(), RejectReason.TOO_LARGE,
            all.length() + " bytes; the limit is " + Decoder.MAX_TEXT_BYTES);
      }
      Decoded d = Decoder.decode(path, all.bytes());
      return Page.decoded(path, relPath, length, all.hash(), d, null, null);
    } catch (IOException | RuntimeException e) {
      return Page.rejected(path, relPath, length, null, RejectReason.UNREADABLE, describe(e));
    }
  }

  static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip();
    String text = e.getClass().getSimpleName() + message;
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
