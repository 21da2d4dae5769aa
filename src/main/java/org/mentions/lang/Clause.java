package org.mentions.lang;

import java.util.List;

/**
 * A keyword clause of a command ({@code by}, {@code where}, {@code top}, {@code as}, …) or an option
 * ({@code --fresh}, {@code --out FILE}); {@code kind} says what follows it, {@code description} is shown in
 * completion and help.
 */
public record Clause(String keyword, ArgKind kind, String description, List<String> choices) {
  public Clause(String keyword, ArgKind kind, String description) {
    this(keyword, kind, description, List.of());
  }

  public boolean isFlag() {
    return kind == ArgKind.NONE;
  }
}
