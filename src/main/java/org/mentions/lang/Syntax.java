package org.mentions.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of one command: what its positional part holds, its keyword clauses and its {@code --options}. The
 * one parser reads every command through its Syntax, and completion asks the same Syntax what a position expects.
 */
public final class Syntax {
  private final List<ArgKind> positional;
  private final List<Clause> clauses = new ArrayList<>();
  private final List<Clause> options = new ArrayList<>();
  private final List<String> selectors = new ArrayList<>();

  private Syntax(List<ArgKind> positional) {
    this.positional = List.copyOf(positional);
  }

  /** Positional kinds in order; the last one repeats for comma- or space-separated lists. */
  public static Syntax of(ArgKind... positional) {
    return new Syntax(List.of(positional));
  }

  public Syntax clause(String keyword, ArgKind kind, String description) {
    clauses.add(new Clause(keyword, kind, description));
    return this;
  }

  public Syntax clause(String keyword, ArgKind kind, String description, List<String> choices) {
    clauses.add(new Clause(keyword, kind, description, choices));
    return this;
  }

  public Syntax option(String name, ArgKind kind, String description) {
    options.add(new Clause(name, kind, description));
    return this;
  }

  /** Leading words that change what the positional part means, e.g. {@code kwic entity …}, {@code kwic type …}. */
  public Syntax selectors(String... words) {
    selectors.addAll(List.of(words));
    return this;
  }

  public List<ArgKind> positional() {
    return positional;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  public List<Clause> options() {
    return options;
  }

  public List<String> selectors() {
    return selectors;
  }

  public Optional<Clause> clause(String keyword) {
    String k = keyword.toLowerCase(Locale.ROOT);
    return clauses.stream().filter(c -> c.keyword().equals(k)).findFirst();
  }

  public Optional<Clause> option(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    return options.stream().filter(c -> c.keyword().equals(k)).findFirst();
  }

  /** What the {@code index}-th positional item expects. */
  public ArgKind positionalKind(int index) {
    if (positional.isEmpty()) return ArgKind.NONE;
    return positional.get(Math.min(index, positional.size() - 1));
  }
}
