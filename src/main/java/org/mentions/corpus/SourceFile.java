package org.mentions.corpus;

import java.nio.file.Path;

/**
 * A file about to be read.
 *
 * @param file where it is on disk
 * @param id the document id a whole-file format gives it (its path relative to the loaded folder, '/' separators);
 *     record formats use it as the prefix of {@code FILE#N} ids
 * @param path the path to show and to store in {@link Document#path()}: relative to the base directory if inside it
 */
public record SourceFile(Path file, String id, String path) {
  /** The extension, lower case, without the dot; empty if there is none. */
  public String extension() {
    return TextFiles.extension(file);
  }
}
