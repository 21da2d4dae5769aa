package org.mentions.result;

/** The tool version, here so that results (notebook headers) can name it without importing the launcher. */
public final class Version {
  private Version() {}

  public static final String NUMBER = "0.1.0";
}
