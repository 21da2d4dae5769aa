package org.mentions.engine;

import org.mentions.command.CommandRegistry;
import org.mentions.command.Workspace;
import org.mentions.command.corpus.ClearCommand;
import org.mentions.command.entities.AliasCommand;
import org.mentions.command.entities.EvaluateCommand;
import org.mentions.command.entities.ModelsCommand;
import org.mentions.command.corpus.DocsCommand;
import org.mentions.command.corpus.LoadCommand;
import org.mentions.command.plot.PlotCommand;
import org.mentions.command.plot.TrendCommand;
import org.mentions.command.session.HelpCommand;
import org.mentions.command.session.HistoryCommand;
import org.mentions.command.session.QuitCommand;
import org.mentions.command.session.RunCommand;
import org.mentions.command.session.SaveCommand;
import org.mentions.command.session.SetCommand;
import org.mentions.command.analysis.CoocCommand;
import org.mentions.command.analysis.CountCommand;
import org.mentions.command.analysis.DispersionCommand;
import org.mentions.command.analysis.KwicCommand;
import org.mentions.command.analysis.PivotCommand;
import org.mentions.command.tables.DropCommand;
import org.mentions.command.tables.ExportCommand;
import org.mentions.command.tables.FilterCommand;
import org.mentions.command.tables.SelectCommand;
import org.mentions.command.tables.ShowCommand;
import org.mentions.command.tables.SortCommand;
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
        .register(new FilterCommand())
        .register(new SortCommand())
        .register(new SelectCommand())
        .register(new ExportCommand())
        .register(new DropCommand())
        .register(new CountCommand())
        .register(new PivotCommand())
        .register(new KwicCommand())
        .register(new CoocCommand())
        .register(new DispersionCommand())
        .register(new PlotCommand())
        .register(new TrendCommand())
        .register(new SaveCommand())
        .register(new EvaluateCommand())
        .register(new AliasCommand())
        .register(new ModelsCommand())
        .register(new SetCommand())
        .register(new RunCommand())
        .register(new HistoryCommand())
        .register(new HelpCommand(r))
        .register(new QuitCommand());
    return r;
  }
}
