package org.mentions.render;

/**
 * The characters terminal charts are drawn with: Unicode blocks, shades and box lines, or plain ASCII for
 * terminals, pipes and fonts that lack them.
 */
public final class Glyphs {
  public static final Glyphs UNICODE = new Glyphs(true);
  public static final Glyphs ASCII = new Glyphs(false);

  private static final String EIGHTHS = "▏▎▍▌▋▊▉";
  private static final String SHADES_UNICODE = "·░▒▓█";
  private static final String SHADES_ASCII = ".:+*#";
  private static final String SPARKS_UNICODE = "▁▂▃▄▅▆▇█";
  private static final String SPARKS_ASCII = "_.-~^";

  private final boolean unicode;

  private Glyphs(boolean unicode) {
    this.unicode = unicode;
  }

  public boolean unicode() {
    return unicode;
  }

  /** A bar {@code cells} characters long; Unicode draws eighths of a character, ASCII rounds to whole ones. */
  public String bar(double cells) {
    if (!(cells > 0)) return "";
    if (!unicode) return "#".repeat((int) Math.round(cells));
    int whole = (int) cells;
    int eighths = (int) Math.round((cells - whole) * 8);
    if (eighths == 8) {
      whole++;
      eighths = 0;
    }
    String bar = "█".repeat(whole) + (eighths > 0 ? EIGHTHS.charAt(eighths - 1) : "");
    return bar.isEmpty() ? EIGHTHS.substring(0, 1) : bar; // a value above zero always shows
  }

  /** Shades from 0 (none) to {@link #shadeLevels()} - 1 (darkest). */
  public char shade(int level) {
    return (unicode ? SHADES_UNICODE : SHADES_ASCII).charAt(level);
  }

  public int shadeLevels() {
    return SHADES_UNICODE.length();
  }

  /** Sparkline heights from 0 (lowest) to {@link #sparkLevels()} - 1. */
  public char spark(int level) {
    return (unicode ? SPARKS_UNICODE : SPARKS_ASCII).charAt(level);
  }

  public int sparkLevels() {
    return unicode ? SPARKS_UNICODE.length() : SPARKS_ASCII.length();
  }

  /** The rail of a dispersion strip, a tick for one occurrence, and a heavier one for several. */
  public char rail() {
    return unicode ? '─' : '-';
  }

  public char tick() {
    return unicode ? '│' : '|';
  }

  public char ticks() {
    return unicode ? '┃' : '#';
  }

  /** {@code s} cut to {@code w} characters, marking the cut with … (or ~ in ASCII). */
  public String cut(String s, int w) {
    String one = TextTable.oneLine(s);
    if (one.length() <= w) return one;
    return one.substring(0, Math.max(0, w - 1)) + (unicode ? "…" : "~");
  }
}
