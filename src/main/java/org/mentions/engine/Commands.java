package org.mentions.engine;

import org.mentions.command.CommandRegistry;
import org.mentions.command.Workspace;
import org.mentions.command.corpus.ClearCommand;
import org.mentions.command.corpus.DocsCommand;
import org.mentions.command.corpus.LoadCommand;
import org.mentions.command.session.HelpCommand;
import org.mentions.command.session.HistoryCommand;
import org.mentions.command.session.QuitCommand;
import org.mentions.command.session.RunCommand;
import org.mentions.command.session.SetCommand;
import org.mentions.command.tables.DropCommand;
import org.mentions.command.tables.ExportCommand;
import org.mentions.command.tables.ShowCommand;
import org.mentions.command.tables.TablesCommand;

/** The standard command table, in the order help lists them within each group. */
final class Commands {
  private Commands() {}

  static CommandRegistry standard(Workspace workspace) {
    CommandRegistry r = new CommandRegistry();
    r.register(new LoadCommand())
        .register(new DocsCommand())
        .register(new ClearCommand())
        .register(new ShowCommand())
        .register(new TablesCommand())
        .register(new ExportCommand())
        .register(new DropCommand())
        .register(new SetCommand())
        .register(new RunCommand())
        .register(new HistoryCommand())
        .register(new HelpCommand(r))
        .register(new QuitCommand());
    return r;
  }
}
