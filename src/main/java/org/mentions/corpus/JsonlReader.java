package org.mentions.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JSON Lines ({@code .jsonl}): one JSON object per line, one article per object. Read line by line. */
public final class JsonlReader implements DocumentReader {
  /** Made on first use: Jackson takes a third of a second to start, which a corpus of .txt files need not wait for. */
  static ObjectMapper json() {
    return Json.MAPPER;
  }

  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Override
  public List<String> extensions() {
    return List.of("jsonl");
  }

  @Override
  public LoadBatch read(SourceFile source, ReadOptions options) throws IOException {
    RecordMapper mapper = new RecordMapper(source, options);
    int records = 0;
    boolean badBytes = false;
    try (Reader reader = TextFiles.openUtf8(source.file())) {
      LineReader lines = new LineReader(reader, TextFiles.MAX_RECORD_CHARS);
      try {
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
          if (!line.tooLong() && line.text().isBlank()) continue;
          records++;
          String where = "line " + line.number();
          if (line.tooLong()) {
            mapper.problem(where + " is longer than " + TextFiles.MAX_RECORD_CHARS / (1024 * 1024)
                + "M characters; skipped it");
            continue;
          }
          Map<String, String> fields = parse(line.text(), where, mapper);
          if (fields != null) mapper.add(records, where, fields);
        }
      } catch (Utf8Reader.MalformedUtf8Exception e) {
        badBytes = true;
        mapper.problem("is not valid UTF-8 (bad byte at offset " + e.byteOffset() + ", line " + lines.lineNumber()
            + "); stopped reading there; save it as UTF-8");
      }
    }
    if (records == 0 && !badBytes) return problem(source, "contains only whitespace, no records");
    return mapper.finish();
  }

  /** The object's fields with lower-case names and text values, or null (and a problem) if it is not an object. */
  static Map<String, String> parse(String line, String where, RecordMapper mapper) {
    JsonNode node;
    try {
      node = json().readTree(line);
    } catch (JsonProcessingException e) {
      mapper.problem(where + " is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
          + "); skipped it");
      return null;
    }
    if (node == null || !node.isObject()) {
      mapper.problem(where + " is a JSON " + (node == null ? "nothing" : node.getNodeType().toString()
          .toLowerCase(Locale.ROOT)) + ", not an object like {\"text\": \"...\"}; skipped it");
      return null;
    }
    return fields(node);
  }

  /** An object's fields, names lower-cased (first wins), values as text; nulls are left out. */
  static Map<String, String> fields(JsonNode object) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      JsonNode value = field.getValue();
      if (value == null || value.isNull() || value.isMissingNode()) continue;
      String text = value.isValueNode() ? value.asText() : value.toString();
      fields.putIfAbsent(field.getKey().toLowerCase(Locale.ROOT), text);
    }
    return fields;
  }

  private static LoadBatch problem(SourceFile source, String message) {
    return new LoadBatch(List.of(), List.of(new LoadProblem(source.path(), message)));
  }
}
