package dev.chorus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * One input file to its pages: a text or HTML file (optionally gzip) is one page; a WARC file and
 * a JSON-lines file are streamed record by record (see {@link InputFormat}). Never throws: a file
 * that cannot be opened is an {@code unreadable} reject, and so is a file the listing found is no
 * regular file (a FIFO, a device), without being opened; a one-page file larger than
 * {@link Decoder#MAX_TEXT_BYTES} is a {@code too_large} reject, read and hashed only up to the limit.
 */
public final class RecordReader {

  private RecordReader() {}

  public static Iterator<Page> read(String path, String relPath, long length, FileSource files) {
    return read(path, relPath, length, null, files);
  }

  /**
   * @param notRegular what the file is when the listing found it is no regular file ("a FIFO",
   *     "a character device", ...), else null: such a file is never opened (a FIFO blocks until a
   *     writer comes, a device may never end)
   */
  public static Iterator<Page> read(String path, String relPath, long length, String notRegular, FileSource files) {
    if (notRegular != null) {
      return List.of(Page.rejected(path, relPath, length, null, RejectReason.UNREADABLE,
          notRegular + ", not a regular file: not read")).iterator();
    }
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
      // reading stops just past the limit even when the listing gave a size: a file still being
      // written, or one that never ends, must not hold up the run
      Bounded.Bytes all = Bounded.read(in, Decoder.MAX_TEXT_BYTES);
      if (all.tooLarge()) {
        long size = Math.max(length, all.length());
        return Page.rejected(path, relPath, size, all.hash(), RejectReason.TOO_LARGE,
            (length > Decoder.MAX_TEXT_BYTES ? length + " bytes" : "more than " + Decoder.MAX_TEXT_BYTES + " bytes")
                + "; the limit is " + Decoder.MAX_TEXT_BYTES + all.hashNote());
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
