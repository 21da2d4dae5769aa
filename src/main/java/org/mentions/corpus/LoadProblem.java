package org.mentions.corpus;

/** A file (or record) that could not be loaded, and why, in words a user can act on. */
public record LoadProblem(String file, String message) {
  @Override
  public String toString() {
    return file + ": " + message;
  }
}
