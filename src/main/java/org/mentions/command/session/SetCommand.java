package org.mentions.command.session;

import java.util.List;
import java.util.Optional;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Settings;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Suggest;
import org.mentions.lang.Syntax;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;
import org.mentions.result.TableResult;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Shows or changes display settings. */
public final class SetCommand implements Command {
  @Override
  public String name() {
    return "set";
  }

  @Override
  public Category category() {
    return Category.SESSION;
  }

  @Override
  public String summary() {
    return "show or change settings (max rows, column width, colour, number format)";
  }

  @Override
  public String usage() {
    return "set [NAME VALUE]";
  }

  @Override
  public String details() {
    StringBuilder sb = new StringBuilder("Settings:\n");
    for (Settings.Option o : Settings.OPTIONS) {
      sb.append("  ").append(o.name()).append(" (default ").append(o.defaultValue()).append("): ")
          .append(o.description()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public List<String> examples() {
    return List.of("set", "set maxrows 50", "set color off");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.SETTING, ArgKind.TEXT);
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = inv.positional();
    Settings settings = ws.settings();
    if (args.isEmpty()) {
      StringColumn name = StringColumn.create("setting");
      StringColumn value = StringColumn.create("value");
      StringColumn about = StringColumn.create("description");
      for (Settings.Option o : Settings.OPTIONS) {
        name.append(o.name());
        value.append(settings.get(o.name()));
        about.append(o.description());
      }
      return new TableResult(Table.create("settings", name, value, about));
    }
    LexToken key = args.get(0);
    if (Settings.option(key.text()).isEmpty()) {
      List<String> names = Settings.OPTIONS.stream().map(Settings.Option::name).toList();
      String near = Suggest.nearest(key.text(), names).map(n -> "did you mean '" + n + "'? ").orElse("");
      throw new CommandError("unknown setting '" + key.text() + "'; " + near + "settings: "
          + String.join(", ", names), key.span());
    }
    if (args.size() != 2) {
      return new MessageResult(key.text() + " = " + settings.get(key.text().toLowerCase(java.util.Locale.ROOT)));
    }
    Optional<String> error = settings.set(key.text(), args.get(1).text());
    if (error.isPresent()) throw new CommandError(error.get(), args.get(1).span());
    return new MessageResult(key.text() + " = " + settings.get(key.text().toLowerCase(java.util.Locale.ROOT)));
  }
}
