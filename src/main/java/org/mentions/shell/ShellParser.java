package org.mentions.shell;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.mentions.lang.CompletionContext;
import org.mentions.lang.Grammar;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mentions.lang.Syntax;

/**
 * Tells JLine when the input is complete (the engine's rule: no trailing backslash, open quote or parenthesis) so
 * Enter continues a command, and gives completion our lexer's view of the word under the cursor.
 */
final class ShellParser implements Parser {
  private final Supplier<Grammar> grammar;

  /**
   * The grammar is asked for only when a line has a command word in it: the shell shows its prompt before the
   * command table is built (and JLine parses an empty line while the reader is being set up).
   */
  ShellParser(Supplier<Grammar> grammar) {
    this.grammar = grammar;
  }

  private final Grammar lazy = new Grammar() {
    @Override
    public Optional<String> resolve(String word) {
      return grammar.get().resolve(word);
    }

    @Override
    public Syntax syntax(String command) {
      return grammar.get().syntax(command);
    }

    @Override
    public List<String> commandNames() {
      return grammar.get().commandNames();
    }
  };

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
    if (context == ParseContext.ACCEPT_LINE && !org.mentions.lang.Parser.isComplete(line)) {
      throw new EOFError(-1, cursor, "incomplete command", "continue");
    }
    return new ShellLine(line, cursor, CompletionContext.at(line, cursor, lazy));
  }
}
