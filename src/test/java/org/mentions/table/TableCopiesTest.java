package org.mentions.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Row copies that the session log, show and filter make: same columns and values as Tablesaw's, and their own. */
class TableCopiesTest {
  private static Table wide(int columns) {
    Table t = Table.create("pivot", StringColumn.create("entity", "Kyiv", "Moscow", "Paris"));
    for (int i = 0; i < columns; i++) t.addColumns(IntColumn.create("doc" + i, i, i + 1, i + 2));
    return t;
  }

  @Test
  void headKeepsEveryColumnAndTheFirstRows() {
    Table t = wide(300);
    Table head = TableCopies.head(t, 2);
    assertEquals(t.columnNames(), head.columnNames());
    assertEquals(List.of("Kyiv", "Moscow"), head.stringColumn("entity").asList());
    assertEquals(List.of(299, 300), head.intColumn("doc299").asList());
    assertEquals(3, TableCopies.head(t, 50).rowCount());
    assertEquals(0, TableCopies.head(t, 0).rowCount());
    assertEquals(301, TableCopies.head(t, 0).columnCount());
  }

  @Test
  void copiesDoNotChangeWithTheTable() {
    Table t = wide(2);
    Table head = TableCopies.head(t, 5);
    t.stringColumn("entity").append("Rome");
    t.intColumn("doc0").append(9);
    t.intColumn("doc1").append(9);
    assertEquals(3, head.rowCount());
  }

  @Test
  void rowsAreTheSelectedOnesInOrder() {
    Table t = wide(300);
    Table kept = TableCopies.rows(t, Selection.with(0, 2));
    assertEquals(t.where(Selection.with(0, 2)).printAll(), kept.printAll());
  }
}
