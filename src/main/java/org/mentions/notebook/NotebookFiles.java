package org.mentions.notebook;

import java.io.IOException;
import java.nio.file.Path;
import org.mentions.command.session.SaveCommand;
import org.mentions.command.tables.ExportCommand;
import org.mentions.engine.Engine;
import org.mentions.render.ResultFiles;

/**
 * Saves what an engine recorded as a notebook without a command, for {@code --script FILE --notebook OUT}: the
 * engine's session log holds every command and output, and the same renderers as {@code save notebook} write it.
 */
public final class NotebookFiles {
  private NotebookFiles() {}

  /** Empty when the path names a notebook format, else a line saying what would. */
  public static String problem(Path path) {
    String ext = ExportCommand.extension(path.toString());
    return SaveCommand.FORMATS.contains(ext) ? "" : "a notebook is .html or .md, not " + path.getFileName();
  }

  /** Writes the notebook atomically; returns the line saying what was written. */
  public static String save(Engine engine, Path path) throws IOException {
    var notebook = SaveCommand.notebook(engine.workspace(), SaveCommand.title(path));
    return new ResultFiles().write(notebook, path.toAbsolutePath());
  }
}
