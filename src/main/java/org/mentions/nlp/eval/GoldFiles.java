package org.mentions.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads gold mentions in the development-set layout: one {@code NAME.tsv} per article, one {@code type<TAB>text}
 * line per mention in reading order, {@code #} comment lines and blank lines ignored.
 */
public final class GoldFiles {
  public static final String EXTENSION = ".tsv";

  private GoldFiles() {}

  /** Every {@code *.tsv} directly in {@code dir}, by file name without the extension, sorted by name. */
  public static Map<String, List<Labeled>> readDir(Path dir) throws IOException {
    Map<String, List<Labeled>> gold = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
        String name = f.getFileName().toString();
        gold.put(name.substring(0, name.length() - EXTENSION.length()), read(f));
      }
    }
    return gold;
  }

  public static List<Labeled> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /** Parses gold lines; {@code source} names the file in error messages. */
  public static List<Labeled> parse(String content, String source) throws IOException {
    List<Labeled> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : content.split("\r?\n", -1)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IOException(source + ":" + lineNo + ": expected type<TAB>text, got: " + line);
      }
      out.add(Labeled.of(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
    }
    return out;
  }
}
