package org.mentions.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the records of one JSONL or CSV file into documents: picks the text column, the id, the title, keeps every
 * other field as metadata, and collects the file's problems (the first few in full, then a count).
 */
final class RecordMapper {
  static final List<String> DEFAULT_TEXT_COLUMNS = List.of("text", "body", "content");
  static final List<String> TITLE_COLUMNS = List.of("title", "headline");
  static final String ID_COLUMN = "id";
  static final int MAX_PROBLEMS_SHOWN = 5;

  private final SourceFile source;
  private final ReadOptions options;
  private final List<Document> documents = new ArrayList<>();
  private final List<LoadProblem> problems = new ArrayList<>();
  private int hiddenProblems;

  RecordMapper(SourceFile source, ReadOptions options) {
    this.source = source;
    this.options = options;
  }

  /** The text column among these lower-case names, or null if there is none. */
  static String textColumn(Collection<String> names, ReadOptions options) {
    if (options.textColumn() != null) {
      String wanted = options.textColumn().toLowerCase(java.util.Locale.ROOT);
      return names.contains(wanted) ? wanted : null;
    }
    for (String candidate : DEFAULT_TEXT_COLUMNS) {
      if (names.contains(candidate)) return candidate;
    }
    return null;
  }

  /** "has no text column (looked for text, body, content); its columns are: a, b; name one with --text COLUMN". */
  static String missingTextMessage(Collection<String> names, ReadOptions options, String noun) {
    String looked = options.textColumn() != null
        ? "has no " + noun + " '" + options.textColumn() + "' (from --text)"
        : "has no text " + noun + " (looked for " + String.join(", ", DEFAULT_TEXT_COLUMNS) + ")";
    String has = names.isEmpty() ? "it has no " + noun + "s" : "its " + noun + "s are: " + String.join(", ", names);
    return looked + "; " + has + "; name the text " + noun + " with --text " + noun.toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Adds the record, or a problem if it has no text.
   *
   * @param number 1-based record number, used in the {@code FILE#N} id
   * @param where how to point at the record in a message, e.g. "line 7" or "row 3 (line 4)"
   * @param fields lower-case names to values, in file order
   */
  void add(int number, String where, Map<String, String> fields) {
    String textColumn = textColumn(fields.keySet(), options);
    if (textColumn == null) {
      problem(where + " " + missingTextMessage(fields.keySet(), options, "field"));
      return;
    }
    String text = fields.get(textColumn);
    text = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      problem(where + " has an empty '" + textColumn + "'; skipped it");
      return;
    }
    String id = fields.get(ID_COLUMN);
    if (id == null || id.isBlank()) id = source.id() + "#" + number;
    String title = null;
    for (String column : TITLE_COLUMNS) {
      String value = fields.get(column);
      if (value != null && !value.isBlank()) {
        title = value.strip();
        break;
      }
    }
    if (title == null) title = TextReader.firstNonEmptyLine(text);
    Map<String, String> metadata = new LinkedHashMap<>();
    fields.forEach((key, value) -> {
      if (!key.equals(textColumn) && !key.equals(ID_COLUMN) && value != null && !value.isBlank()) {
        metadata.put(key, value);
      }
    });
    documents.add(new Document(id.strip(), source.path(), title, text, metadata));
  }

  /** A problem with part of the file; after the first few only a count is kept. */
  void problem(String message) {
    if (problems.size() < MAX_PROBLEMS_SHOWN) {
      problems.add(new LoadProblem(source.path(), message));
    } else {
      hiddenProblems++;
    }
  }

  int documentCount() {
    return documents.size();
  }

  LoadBatch finish() {
    List<LoadProblem> all = new ArrayList<>(problems);
    if (hiddenProblems > 0) {
      all.add(new LoadProblem(source.path(), hiddenProblems + " more problem" + (hiddenProblems == 1 ? "" : "s")
          + " like these not shown; " + documents.size() + " records loaded"));
    }
    return new LoadBatch(documents, all);
  }
}
