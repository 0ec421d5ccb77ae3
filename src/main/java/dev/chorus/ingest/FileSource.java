package dev.chorus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Opens an input file for streaming, at a byte offset: Hadoop file systems in the job, local files in tests. */
@FunctionalInterface
public interface FileSource extends Serializable {

  /** A stream of the file's bytes from {@code offset} on; the caller closes it. */
  InputStream open(String path, long offset) throws IOException;
}
