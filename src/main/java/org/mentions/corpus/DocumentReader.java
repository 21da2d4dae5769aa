package org.mentions.corpus;

import java.io.IOException;
import java.util.List;

/**
 * Reads one file format. Register an implementation in {@link ReaderRegistry} under its extensions; nothing else
 * changes for a new format.
 *
 * <p>The caller has already checked that the file exists, is readable, is not empty and does not look binary. A
 * reader reports bad content as {@link LoadProblem}s in the batch it returns (naming {@link SourceFile#path()});
 * an {@link IOException} is turned into a problem by the caller.
 */
public interface DocumentReader {
  /** Extensions without the dot, lower case, e.g. {@code "txt"}. */
  List<String> extensions();

  /** Largest file this reader accepts, in bytes; whole-file formats set a limit, streaming formats need not. */
  default long maxFileBytes() {
    return Long.MAX_VALUE;
  }

  LoadBatch read(SourceFile source, ReadOptions options) throws IOException;

  /** Whether {@link #read} itself refuses binary content; otherwise the file's start is sniffed first. */
  default boolean checksBinary() {
    return false;
  }
}
