package org.mentions.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.mentions.command.CommandRegistry;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.LexToken;
import org.mentions.lang.Lexer;
import org.mentions.lang.Syntax;
import org.mentions.lang.TokenKind;

/**
 * Colours the line as it is typed, from the same lexer and syntax the parser uses: commands, clause keywords,
 * strings, numbers, comments; an unknown command or table name in a warning colour.
 */
public final class ShellHighlighter implements Highlighter {
  static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle UNKNOWN = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();

  private final CommandRegistry registry;
  private final Workspace workspace;
  private final BooleanSupplier colour;

  public ShellHighlighter(CommandRegistry registry, Workspace workspace, BooleanSupplier colour) {
    this.registry = registry;
    this.workspace = workspace;
    this.colour = colour;
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    // NO_COLOR, --no-color and `set color off` mean no colour on the input line either
    if (!colour.getAsBoolean()) return new AttributedString(buffer);
    AttributedStringBuilder sb = new AttributedStringBuilder();
    int pos = 0;
    Syntax syntax = null;
    boolean commandNext = true;
    int positionalIndex = 0;
    boolean inClause = false;
    for (LexToken t : Lexer.lex(buffer)) {
      sb.append(buffer.substring(pos, t.span().start()));
      String raw = buffer.substring(t.span().start(), t.span().end());
      AttributedStyle style = AttributedStyle.DEFAULT;
      if (t.is(TokenKind.SEMICOLON)) {
        commandNext = true;
        syntax = null;
        inClause = false;
        positionalIndex = 0;
      } else if (t.is(TokenKind.COMMENT)) {
        style = COMMENT;
      } else if (commandNext && t.is(TokenKind.WORD)) {
        Optional<String> name = registry.resolve(t.text());
        style = name.isPresent() ? COMMAND : UNKNOWN;
        syntax = name.map(registry::syntax).orElse(null);
        commandNext = false;
      } else if (t.is(TokenKind.STRING)) {
        style = STRING;
      } else if (t.is(TokenKind.NUMBER)) {
        style = NUMBER;
      } else if (t.is(TokenKind.OPTION) || t.is(TokenKind.OPERATOR)) {
        style = KEYWORD;
      } else if (syntax != null && t.is(TokenKind.WORD) && syntax.clause(t.text()).isPresent()) {
        style = KEYWORD;
        inClause = true;
      } else if (syntax != null && t.is(TokenKind.WORD) && isWordOperator(t.text()) && inClause) {
        style = KEYWORD;
      } else if (syntax != null && !inClause && t.isValue()) {
        if (positionalIndex == 0 && !syntax.positional().isEmpty() && syntax.positional().get(0) == ArgKind.TABLE
            && workspace.find(t.text()).isEmpty()) {
          style = UNKNOWN;
        }
        positionalIndex++;
      }
      sb.styled(style, raw);
      pos = t.span().end();
    }
    sb.append(buffer.substring(pos));
    return sb.toAttributedString();
  }

  private static boolean isWordOperator(String w) {
    return List.of("and", "or", "not", "in", "asc", "desc").contains(w.toLowerCase());
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {}

  @Override
  public void setErrorIndex(int errorIndex) {}
}
