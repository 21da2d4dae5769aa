package org.mentions.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.mentions.table.Columns;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * DuckDB, in memory in the same process, answering the harness's questions in SQL. Rows go in through its
 * Appender; only the queries are timed, reading every result row back through JDBC as the other runner builds
 * its result table. The pivot uses DuckDB's PIVOT (which finds the columns itself, as {@code pivot} does) but
 * without the total column and row that {@code pivot} adds.
 */
final class DuckDbRunner implements Bench.Runner, AutoCloseable {
  private static final Map<String, String> SQL = Map.of(
      "count by entity", "SELECT entity, count(*) AS n FROM big GROUP BY entity ORDER BY n DESC, entity",
      "count by entity, doc",
      "SELECT entity, doc, count(*) AS n FROM big GROUP BY entity, doc ORDER BY n DESC, entity, doc",
      "pivot entity x type", "PIVOT big ON type USING count(*) GROUP BY entity",
      "count by entity where",
      "SELECT entity, count(*) AS n FROM big WHERE type = 'person' GROUP BY entity ORDER BY n DESC, entity",
      "pivot entity x type where",
      "PIVOT (SELECT * FROM big WHERE type IN ('person', 'location')) ON type USING count(*) GROUP BY entity",
      "count by entity top 10",
      "SELECT entity, count(*) AS n FROM big GROUP BY entity ORDER BY n DESC, entity LIMIT 10");

  private Connection connection;

  @Override
  public String name() {
    return "DuckDB " + version() + " (in process, " + Runtime.getRuntime().availableProcessors() + " threads)";
  }

  @Override
  public String key() {
    return "duckdb";
  }

  private String version() {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT version()")) {
      r.next();
      return r.getString(1);
    } catch (Exception e) {
      return "?";
    }
  }

  @Override
  public void load(Table mentions) throws Exception {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE big (doc VARCHAR, sentence INTEGER, start INTEGER, \"end\" INTEGER, char_start INTEGER,"
          + " char_end INTEGER, text VARCHAR, type VARCHAR, fine_type VARCHAR, entity VARCHAR)");
    }
    StringColumn doc = mentions.stringColumn(Columns.DOC);
    IntColumn sentence = mentions.intColumn(Columns.SENTENCE);
    IntColumn start = mentions.intColumn(Columns.START);
    IntColumn end = mentions.intColumn(Columns.END);
    IntColumn charStart = mentions.intColumn(Columns.CHAR_START);
    IntColumn charEnd = mentions.intColumn(Columns.CHAR_END);
    StringColumn text = mentions.stringColumn(Columns.TEXT);
    StringColumn type = mentions.stringColumn(Columns.TYPE);
    StringColumn fineType = mentions.stringColumn(Columns.FINE_TYPE);
    StringColumn entity = mentions.stringColumn(Columns.ENTITY);
    try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "big")) {
      for (int row = 0; row < mentions.rowCount(); row++) {
        a.beginRow();
        a.append(doc.get(row));
        a.append(sentence.getInt(row));
        a.append(start.getInt(row));
        a.append(end.getInt(row));
        a.append(charStart.getInt(row));
        a.append(charEnd.getInt(row));
        a.append(text.get(row));
        a.append(type.get(row));
        a.append(fineType.get(row));
        a.append(entity.get(row));
        a.endRow();
      }
    }
  }

  @Override
  public int run(Bench.Question q) throws Exception {
    String sql = SQL.get(q.label());
    if (sql == null) throw new IllegalStateException("no SQL for " + q.label());
    int rows = 0;
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int c = 1; c <= columns; c++) r.getObject(c);
        rows++;
      }
    }
    return rows;
  }

  @Override
  public void close() throws Exception {
    connection.close();
  }
}
