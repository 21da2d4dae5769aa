package org.mentions.result;

import tech.tablesaw.api.Table;

/**
 * A table to show; {@code name} is the name it is stored under ({@code _} when unnamed), {@code layout} tells
 * renderers about special shapes such as KWIC concordances, and {@code note} is a line shown under the table.
 */
public record TableResult(Table table, String name, Layout layout, String note) implements Result {
  public enum Layout { PLAIN, KWIC }

  public TableResult(Table table) {
    this(table, "_", Layout.PLAIN, "");
  }

  public TableResult withName(String newName) {
    return new TableResult(table, newName, layout, note);
  }

  public TableResult withNote(String newNote) {
    return new TableResult(table, name, layout, newNote);
  }
}
