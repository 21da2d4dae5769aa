package org.mentions.shell;

import java.nio.file.Path;

/** Where the shell keeps the user's history and startup file: $MENTIONS_CONFIG, $XDG_CONFIG_HOME/mentions or ~/.config/mentions. */
public final class ConfigDir {
  private ConfigDir() {}

  public static Path get() {
    String explicit = System.getenv("MENTIONS_CONFIG");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("mentions");
  }
}
