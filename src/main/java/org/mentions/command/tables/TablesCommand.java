package org.mentions.command.tables;

import java.util.List;
import java.util.Map;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.Workspace;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.result.TableResult;
import org.mentions.table.CorpusTables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Lists the base tables and named results with their sizes. */
public final class TablesCommand implements Command {
  @Override
  public String name() {
    return "tables";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "list base tables and named results with their row counts";
  }

  @Override
  public String usage() {
    return "tables";
  }

  @Override
  public List<String> examples() {
    return List.of("tables");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of();
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    StringColumn name = StringColumn.create("name");
    StringColumn kind = StringColumn.create("kind");
    IntColumn rows = IntColumn.create("rows");
    StringColumn columns = StringColumn.create("columns");
    for (Map.Entry<String, Table> e : ws.allTables().entrySet()) {
      name.append(e.getKey());
      kind.append(CorpusTables.NAMES.contains(e.getKey()) ? "base" : "result");
      rows.append(e.getValue().rowCount());
      columns.append(String.join(", ", e.getValue().columnNames()));
    }
    // Listing tables is not an analysis: it does not replace the last result.
    return new TableResult(Table.create("tables", name, kind, rows, columns));
  }
}
