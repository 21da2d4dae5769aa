package org.mentions.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Display options the user can change with {@code set}: each has a default, a description and a validator, so
 * {@code set} can list, complete and check them from this one table.
 */
public final class Settings {
  public record Option(String name, String defaultValue, String description, List<String> choices) {}

  public static final List<Option> OPTIONS = List.of(
      new Option("maxrows", "20", "rows shown before a table is cut (0 = all)", List.of()),
      new Option("colwidth", "40", "widest a text column is shown before it is cut with …", List.of()),
      new Option("color", "auto", "colour in the terminal: auto, on or off", List.of("auto", "on", "off")),
      new Option("unicode", "auto", "charts with Unicode blocks: auto (when colour is on), on or off (ASCII)",
          List.of("auto", "on", "off")),
      new Option("numbers", "grouped", "number format: grouped (1,234.5) or plain (1234.5)",
          List.of("grouped", "plain")),
      new Option("decimals", "2", "decimals shown for fractional numbers", List.of()),
      new Option("width", "0", "output width in characters (0 = the terminal's)", List.of()));

  /** Told of every change, e.g. so the shell can save settings in the startup file. */
  public interface Listener {
    void changed(String name, String value);
  }

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  public Settings() {
    for (Option o : OPTIONS) values.put(o.name(), o.defaultValue());
  }

  public static Optional<Option> option(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return OPTIONS.stream().filter(o -> o.name().equals(n)).findFirst();
  }

  public String get(String name) {
    return values.get(name);
  }

  public int intValue(String name) {
    return Integer.parseInt(values.get(name));
  }

  /** Sets an option after checking it; returns an error message, or empty when it was set. */
  public Optional<String> set(String name, String value) {
    Optional<Option> o = option(name);
    if (o.isEmpty()) return Optional.of("unknown setting '" + name + "'");
    Option opt = o.get();
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (!opt.choices().isEmpty() && !opt.choices().contains(v)) {
      return Optional.of(opt.name() + " takes " + String.join(", ", opt.choices()) + ", not '" + value + "'");
    }
    if (opt.choices().isEmpty()) {
      try {
        if (Integer.parseInt(v) < 0) throw new NumberFormatException();
      } catch (NumberFormatException e) {
        return Optional.of(opt.name() + " takes a whole number ≥ 0, not '" + value + "'");
      }
    }
    values.put(opt.name(), v);
    for (Listener l : listeners) l.changed(opt.name(), v);
    return Optional.empty();
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public void removeListener(Listener listener) {
    listeners.remove(listener);
  }

  public Map<String, String> values() {
    return new LinkedHashMap<>(values);
  }
}
