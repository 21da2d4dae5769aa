package org.mentions.command.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.command.tables.ExportCommand;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Span;
import org.mentions.lang.Syntax;
import org.mentions.result.ChartResult;
import org.mentions.result.ChartResult.Kind;
import org.mentions.result.FileResult;
import org.mentions.result.Result;
import tech.tablesaw.api.Table;

/** Draws a result as bars, a heatmap or lines, or the terms of the corpus as dispersion strips. */
public final class PlotCommand implements Command {
  static final List<String> KINDS = List.of("bar", "hbar", "heat", "line", "dispersion");
  static final List<String> FILES = List.of("svg", "png");
  private static final Pattern SIZE = Pattern.compile("(\\d{3,4})[xX×](\\d{3,4})");

  @Override
  public String name() {
    return "plot";
  }

  @Override
  public Category category() {
    return Category.PLOTS;
  }

  @Override
  public String summary() {
    return "draw a result as bars, a heatmap or lines, or where terms occur; in the terminal or to .svg/.png";
  }

  @Override
  public String usage() {
    return "plot bar|hbar|heat|line RESULT [value COLUMN] | plot dispersion TERM[, TERM...]  "
        + "[--out FILE.svg|.png] [--size WxH] [--title TEXT]";
  }

  @Override
  public String details() {
    return """
        bar, hbar: the first text column gives the labels, the first numeric column (or value COLUMN) the bars.
        heat: a pivot-like result, first column the row labels, numeric columns the cells (a total row or column
        is left out). line: each numeric column over the first other column, in table order (use trend for
        dates). dispersion: one strip per term per document with a tick at each occurrence; a term stands for
        the mentions of every entity it names (Blinken: Blinken and Antony Blinken), other terms for words.
        The terminal shows bars (both bar and hbar), a shaded heatmap, strips or sparklines; --out writes a
        picture (1200x800 unless --size) titled from the command, with axis labels from the column names.""";
  }

  @Override
  public List<String> examples() {
    return List.of("plot hbar docs value mentions", "plot dispersion Russia, Ukraine, NATO",
        "plot dispersion Blinken, Lavrov --out strips.svg --size 1000x700");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.TABLE).selectors(KINDS.toArray(String[]::new))
        .clause("value", ArgKind.COLUMN, "the numeric column to draw as bars")
        .option("out", ArgKind.PATH, "write the chart to FILE.svg or FILE.png")
        .option("size", ArgKind.TEXT, "picture size in pixels, e.g. 1000x700 (default 1200x800)")
        .option("title", ArgKind.TEXT, "the chart title (default: from the command)");
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = inv.positional();
    if (args.isEmpty() || !KINDS.contains(args.get(0).text().toLowerCase(Locale.ROOT))) {
      Span at = args.isEmpty() ? inv.commandSpan() : args.get(0).span();
      throw new CommandError("plot needs a kind: " + String.join(", ", KINDS) + ", e.g. plot bar who", at);
    }
    String kind = args.get(0).text().toLowerCase(Locale.ROOT);
    List<LexToken> rest = args.subList(1, args.size());
    ChartResult chart = kind.equals("dispersion")
        ? DispersionChart.build(ws.tables(), Terms.of(rest, "plot dispersion Russia, Ukraine", args.get(0).span()))
        : fromTable(kind, rest, inv, ws, args.get(0).span());
    if (inv.hasOption("title")) chart = chart.withTitle(inv.value("title").get());
    chart = chart.withSize(size(inv));
    if (inv.hasOption("out")) return new FileResult(chart, outPath(inv, ws));
    return chart;
  }

  private static ChartResult fromTable(String kind, List<LexToken> rest, Invocation inv, Workspace ws, Span at) {
    if (rest.size() != 1) {
      Span where = rest.isEmpty() ? at : rest.get(Math.min(1, rest.size() - 1)).span();
      throw new CommandError("plot " + kind + " needs one result, e.g. plot " + kind + " _", where);
    }
    LexToken ref = rest.get(0);
    Table table = ws.table(ref);
    String name = ref.text().equals(Workspace.LAST) ? displayName(table) : ref.text();
    return switch (kind) {
      case "bar" -> TableCharts.bars(Kind.BAR, name, table, inv.valueToken("value"));
      case "hbar" -> TableCharts.bars(Kind.HBAR, name, table, inv.valueToken("value"));
      case "heat" -> TableCharts.heat(name, table);
      default -> TableCharts.line(name, table);
    };
  }

  private static String displayName(Table table) {
    String n = table.name();
    return n == null || n.isBlank() ? "the last result" : n;
  }

  private static ChartResult.Size size(Invocation inv) {
    if (!inv.hasOption("size")) return ChartResult.Size.DEFAULT;
    LexToken t = inv.valueToken("size").get();
    Matcher m = SIZE.matcher(t.text());
    if (!m.matches()) throw new CommandError("--size takes WIDTHxHEIGHT in pixels, e.g. 1000x700", t.span());
    int w = Integer.parseInt(m.group(1));
    int h = Integer.parseInt(m.group(2));
    if (w < 200 || h < 150 || w > 6000 || h > 6000) {
      throw new CommandError("--size must be between 200x150 and 6000x6000 pixels", t.span());
    }
    return new ChartResult.Size(w, h);
  }

  private static Path outPath(Invocation inv, Workspace ws) {
    LexToken file = inv.valueToken("out").get();
    String ext = ExportCommand.extension(file.text());
    if (!FILES.contains(ext)) {
      throw new CommandError("cannot draw to '" + file.text() + "': use a file ending in .svg or .png", file.span());
    }
    return ws.resolve(file.text());
  }
}
