package org.mentions.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Metadata sidecars: a {@code metadata.csv} or {@code metadata.jsonl} in a folder, one row per file, naming the file
 * (relative to that folder) in a {@code doc}, {@code file} or {@code id} column; every other column is metadata for
 * that file. Each folder's sidecars are read once per load; their problems are reported once.
 */
final class Sidecars {
  static final List<String> KEY_COLUMNS = List.of("doc", "file", "id");

  private final Path baseDir;
  private final Map<Path, Map<String, Map<String, String>>> byFolder = new HashMap<>();
  private final List<LoadProblem> problems = new ArrayList<>();
  private final List<FileStamp> stamps = new ArrayList<>();

  Sidecars(Path baseDir) {
    this.baseDir = baseDir;
  }

  /**
   * The sidecar metadata for {@code file}, from the folders between {@code root} and the file's own folder; a nearer
   * folder's sidecar wins.
   */
  synchronized Map<String, String> metadataFor(Path file, Path root) {
    List<Path> folders = new ArrayList<>();
    Path stop = root != null && file.startsWith(root) ? root : file.getParent();
    for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
      folders.add(0, folder);
      if (folder.equals(stop)) break;
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (Path folder : folders) {
      Map<String, String> row = rows(folder).get(PathResolver.slashes(folder.relativize(file)));
      if (row != null) merged.putAll(row);
    }
    return merged;
  }

  synchronized List<LoadProblem> problems() {
    return problems;
  }

  /** Every sidecar looked for, there or not, as it was before it was read. */
  synchronized List<FileStamp> stamps() {
    return List.copyOf(stamps);
  }

  private Map<String, Map<String, String>> rows(Path folder) {
    return byFolder.computeIfAbsent(folder, f -> {
      Map<String, Map<String, String>> rows = new HashMap<>();
      for (String name : PathResolver.SIDECAR_NAMES) {
        Path sidecar = f.resolve(name);
        try {
          stamps.add(FileStamp.now(sidecar));
        } catch (IOException e) {
          stamps.add(new FileStamp(sidecar.toString(), true, -2, 0, "unreadable"));
        }
        if (Files.isRegularFile(sidecar)) read(sidecar, rows);
      }
      return rows;
    });
  }

  private void read(Path sidecar, Map<String, Map<String, String>> rows) {
    String shown = PathResolver.display(baseDir, sidecar);
    try {
      if (!Files.isReadable(sidecar)) {
        problems.add(new LoadProblem(shown, "metadata sidecar cannot be read (permission denied); ignored it"));
        return;
      }
      Optional<String> binary = TextFiles.binaryReason(sidecar);
      if (binary.isPresent()) {
        problems.add(new LoadProblem(shown, "metadata sidecar " + binary.get() + "; ignored it"));
        return;
      }
      if (TextFiles.extension(sidecar).equals("csv")) {
        readCsv(sidecar, shown, rows);
      } else {
        readJsonl(sidecar, shown, rows);
      }
    } catch (Utf8Reader.MalformedUtf8Exception e) {
      problems.add(new LoadProblem(shown, "metadata sidecar is " + e.getMessage() + "; save it as UTF-8; used the "
          + "rows before the bad byte"));
    } catch (IOException | RuntimeException e) {
      problems.add(new LoadProblem(shown, "metadata sidecar cannot be read (" + e + "); ignored it"));
    }
  }

  private void readCsv(Path sidecar, String shown, Map<String, Map<String, String>> rows) throws IOException {
    try (Reader reader = TextFiles.openUtf8(sidecar)) {
      CsvParser parser = new CsvParser(reader, TextFiles.MAX_RECORD_CHARS);
      List<String> header = parser.next();
      if (header == null) return;
      List<String> columns = new ArrayList<>();
      for (String name : header) columns.add(name.strip().toLowerCase(Locale.ROOT));
      String key = keyColumn(columns, shown);
      if (key == null) return;
      for (List<String> row = parser.next(); row != null; row = parser.next()) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && i < row.size(); i++) fields.putIfAbsent(columns.get(i), row.get(i));
        add(fields, key, rows);
      }
    } catch (CsvParser.CsvFormatException e) {
      problems.add(new LoadProblem(shown, "metadata sidecar " + e.getMessage() + "; used the rows before it"));
    }
  }

  private void readJsonl(Path sidecar, String shown, Map<String, Map<String, String>> rows) throws IOException {
    try (Reader reader = TextFiles.openUtf8(sidecar)) {
      LineReader lines = new LineReader(reader, TextFiles.MAX_RECORD_CHARS);
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.tooLong() || line.text().isBlank()) continue;
        JsonNode node;
        try {
          node = JsonlReader.json().readTree(line.text());
        } catch (IOException e) {
          problems.add(new LoadProblem(shown, "metadata sidecar line " + line.number() + " is not valid JSON; "
              + "ignored that line"));
          continue;
        }
        if (node == null || !node.isObject()) continue;
        Map<String, String> fields = JsonlReader.fields(node);
        String key = KEY_COLUMNS.stream().filter(fields::containsKey).findFirst().orElse(null);
        if (key == null) {
          problems.add(new LoadProblem(shown, "metadata sidecar line " + line.number() + " has no doc, file or id "
              + "field naming the file it describes; ignored that line"));
          continue;
        }
        add(fields, key, rows);
      }
    }
  }

  private String keyColumn(List<String> columns, String shown) {
    for (String candidate : KEY_COLUMNS) {
      if (columns.contains(candidate)) return candidate;
    }
    problems.add(new LoadProblem(shown, "metadata sidecar has no doc, file or id column naming the files it "
        + "describes; its columns are: " + String.join(", ", columns) + "; ignored it"));
    return null;
  }

  private static void add(Map<String, String> fields, String key, Map<String, Map<String, String>> rows) {
    String name = fields.getOrDefault(key, "").strip().replace('\\', '/');
    while (name.startsWith("./")) name = name.substring(2);
    if (name.isEmpty()) return;
    Map<String, String> metadata = new LinkedHashMap<>();
    fields.forEach((column, value) -> {
      if (!column.equals(key) && value != null && !value.isBlank()) metadata.put(column, value.strip());
    });
    rows.computeIfAbsent(name, n -> new LinkedHashMap<>()).putAll(metadata);
  }
}
