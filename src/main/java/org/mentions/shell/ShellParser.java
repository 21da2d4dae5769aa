package org.mentions.shell;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.mentions.lang.CompletionContext;
import org.mentions.lang.Grammar;

/**
 * Tells JLine when the input is complete (the engine's rule: no trailing backslash, open quote or parenthesis) so
 * Enter continues a command, and gives completion our lexer's view of the word under the cursor.
 */
final class ShellParser implements Parser {
  private final Grammar grammar;

  ShellParser(Grammar grammar) {
    this.grammar = grammar;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
    if (context == ParseContext.ACCEPT_LINE && !org.mentions.lang.Parser.isComplete(line)) {
      throw new EOFError(-1, cursor, "incomplete command", "continue");
    }
    return new ShellLine(line, cursor, CompletionContext.at(line, cursor, grammar));
  }
}
