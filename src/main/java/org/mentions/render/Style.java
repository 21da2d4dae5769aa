package org.mentions.render;

/** ANSI styling for terminal output; {@link #PLAIN} for pipes, NO_COLOR and {@code set color off}. */
public final class Style {
  public static final Style PLAIN = new Style(false);
  public static final Style ANSI = new Style(true);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  public boolean enabled() {
    return on;
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  public String header(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String match(String s) {
    return wrap("1;33", s);
  }

  public String error(String s) {
    return wrap("31", s);
  }

  public String warning(String s) {
    return wrap("33", s);
  }

  public String keyword(String s) {
    return wrap("36", s);
  }

  public String command(String s) {
    return wrap("1;34", s);
  }

  public String string(String s) {
    return wrap("32", s);
  }

  public String number(String s) {
    return wrap("35", s);
  }
}
