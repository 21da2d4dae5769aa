package org.mentions.render;

import java.nio.file.Path;
import java.util.Map;
import org.mentions.engine.Engine;
import org.mentions.engine.TestEngines;
import org.mentions.result.Event;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small known tables and a fast engine to plot them with. */
final class PlotFixtures {
  private PlotFixtures() {}

  static Engine engine(Path base, Path cache) {
    return TestEngines.dictionary(base, cache, Map.of("Paris", "GPE", "Berlin", "GPE")).engine();
  }

  /** Like {@code count mentions by entity}: who is mentioned how often. */
  static Table who() {
    return Table.create("who", StringColumn.create("entity", "Vladimir Putin", "Joe Biden", "NATO"),
        IntColumn.create("count", 12, 6, 3));
  }

  /** Like a pivot of entities by document, with totals that a heatmap leaves out. */
  static Table pivot() {
    return Table.create("pivot", StringColumn.create("entity", "Putin", "Biden", "total"),
        IntColumn.create("a.txt", 8, 0, 8), IntColumn.create("b.txt", 4, 6, 10), IntColumn.create("total", 12, 6, 18));
  }

  /** Like a trend table: a series over an ordered column. */
  static Table series() {
    return Table.create("series", StringColumn.create("day", "d1", "d2", "d3", "d4"),
        DoubleColumn.create("Putin", 0, 2, 8, 4), DoubleColumn.create("Biden", 1, 1, 0, 7));
  }

  static Event run(Engine engine, String command) {
    return engine.execute(command).get(0);
  }
}
