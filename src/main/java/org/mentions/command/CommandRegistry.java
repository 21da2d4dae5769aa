package org.mentions.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentions.lang.Grammar;
import org.mentions.lang.Syntax;

/**
 * The explicit table of commands: names and aliases to commands. A unique prefix of a name runs it (as in JShell);
 * an ambiguous one does not resolve, and the parser lists the candidates.
 */
public final class CommandRegistry implements Grammar {
  private final Map<String, Command> byName = new LinkedHashMap<>();
  private final List<Command> commands = new ArrayList<>();

  public CommandRegistry register(Command command) {
    commands.add(command);
    byName.put(command.name(), command);
    for (String alias : command.aliases()) byName.put(alias, command);
    return this;
  }

  public List<Command> commands() {
    return List.copyOf(commands);
  }

  public Optional<Command> command(String word) {
    return resolve(word).map(byName::get);
  }

  @Override
  public Optional<String> resolve(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Command exact = byName.get(w);
    if (exact != null) return Optional.of(exact.name());
    List<Command> matches = commands.stream().filter(c -> c.name().startsWith(w)).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0).name()) : Optional.empty();
  }

  @Override
  public Syntax syntax(String command) {
    return byName.get(command).syntax();
  }

  @Override
  public List<String> commandNames() {
    return new ArrayList<>(byName.keySet());
  }
}
