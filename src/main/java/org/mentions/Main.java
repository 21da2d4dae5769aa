package org.mentions;

/** Placeholder until the launcher lands. */
public final class Main {
  public static void main(String[] args) {}
}
