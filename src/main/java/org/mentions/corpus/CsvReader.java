package org.mentions.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CSV ({@code .csv}) with a header row: one article per row. Read row by row. */
public final class CsvReader implements DocumentReader {
  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public LoadBatch read(SourceFile source, ReadOptions options) throws IOException {
    RecordMapper mapper = new RecordMapper(source, options);
    try (Reader reader = TextFiles.openUtf8(source.file())) {
      CsvParser parser = new CsvParser(reader, TextFiles.MAX_RECORD_CHARS);
      try {
        List<String> header = parser.next();
        if (header == null) return problem(source, "contains only whitespace, no header or rows");
        List<String> columns = header(header);
        if (RecordMapper.textColumn(columns, options) == null) {
          String hint = columns.size() == 1 && (columns.get(0).contains(";") || columns.get(0).contains("\t"))
              ? " (its header has no commas: is it separated by ';' or tabs?)" : "";
          return problem(source, RecordMapper.missingTextMessage(columns, options, "column") + hint);
        }
        int rows = 0;
        for (List<String> row = parser.next(); row != null; row = parser.next()) {
          rows++;
          String where = "row " + rows + " (line " + parser.recordLine() + ")";
          if (row.size() > columns.size()) {
            mapper.problem(where + " has " + row.size() + " fields but the header has " + columns.size()
                + "; check its quotes; skipped it");
            continue;
          }
          Map<String, String> fields = new LinkedHashMap<>();
          for (int i = 0; i < columns.size(); i++) {
            fields.putIfAbsent(columns.get(i), i < row.size() ? row.get(i) : "");
          }
          mapper.add(rows, where, fields);
        }
        if (rows == 0) return problem(source, "has a header but no rows");
      } catch (CsvParser.CsvFormatException e) {
        mapper.problem(e.getMessage() + "; stopped reading there");
      } catch (Utf8Reader.MalformedUtf8Exception e) {
        mapper.problem("is not valid UTF-8 (bad byte at offset " + e.byteOffset() + ", line " + parser.line()
            + "); stopped reading there; save it as UTF-8");
      }
    }
    return mapper.finish();
  }

  private static List<String> header(List<String> raw) {
    List<String> columns = new ArrayList<>();
    for (String name : raw) columns.add(name.strip().toLowerCase(Locale.ROOT));
    return columns;
  }

  private static LoadBatch problem(SourceFile source, String message) {
    return new LoadBatch(List.of(), List.of(new LoadProblem(source.path(), message)));
  }
}
