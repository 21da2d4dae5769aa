package org.mentions.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mentions.result.Event;
import org.mentions.result.Notebook;
import org.mentions.result.Result;
import org.mentions.result.TableResult;
import org.mentions.table.TableCopies;

/**
 * The session as it happened, for {@code save notebook}: the engine hands every event to this listener. Tables
 * are copied (cut to their first rows) when they are recorded, because a base table shown now may grow with a
 * later load, and the notebook must show what the user saw.
 */
public final class SessionLog implements Consumer<Event> {
  public static final int ROWS_KEPT = 50;

  private final List<Notebook.Cell> cells = new ArrayList<>();

  @Override
  public synchronized void accept(Event event) {
    Result output = event.result();
    int rows = 0;
    if (output instanceof TableResult t) {
      rows = t.table().rowCount();
      output = new TableResult(TableCopies.head(t.table(), ROWS_KEPT), t.name(), t.layout(), t.note());
    }
    cells.add(new Notebook.Cell(event.input(), output, rows));
  }

  public synchronized List<Notebook.Cell> cells() {
    return List.copyOf(cells);
  }
}
