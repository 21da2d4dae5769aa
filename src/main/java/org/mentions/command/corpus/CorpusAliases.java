package org.mentions.command.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentions.command.Workspace;
import org.mentions.corpus.LoadProblem;
import org.mentions.nlp.AliasTable;

/**
 * Aliases are saved with the corpus: an {@code aliases.tsv} in the folder a corpus is loaded from. Loading reads
 * the one in each loaded folder, and the first folder loaded becomes where {@code alias} commands save.
 */
public final class CorpusAliases {
  private CorpusAliases() {}

  /** Reads the aliases of the folders behind {@code paths}; problems are reported, not fatal. */
  static List<LoadProblem> read(Workspace ws, List<String> paths) {
    List<LoadProblem> problems = new ArrayList<>();
    for (String p : paths) {
      Path folder = folderOf(ws.resolve(p));
      if (folder == null) continue;
      if (ws.corpusHome() == null) ws.setCorpusHome(folder);
      Path file = folder.resolve(AliasTable.FILE_NAME);
      if (!Files.isRegularFile(file)) continue;
      try {
        ws.tables().aliases().addAll(AliasTable.read(file));
      } catch (IOException e) {
        problems.add(new LoadProblem(file.toString(), "aliases not read: " + e.getMessage()));
      }
    }
    return problems;
  }

  /** Saves the workspace's aliases to its corpus folder; returns the file written. */
  public static Path save(Workspace ws) throws IOException {
    Path home = ws.corpusHome();
    if (home == null) throw new IOException("no corpus loaded: aliases are saved with the corpus");
    Path file = home.resolve(AliasTable.FILE_NAME);
    ws.tables().aliases().write(file);
    return file;
  }

  /** The folder itself, a file's folder, or for a glob the deepest existing folder above it. */
  static Path folderOf(Path path) {
    Path p = path;
    while (p != null && !Files.isDirectory(p)) p = p.getParent();
    return p;
  }
}
