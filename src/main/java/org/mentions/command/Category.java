package org.mentions.command;

/** Groups commands in {@code help}, in the order users meet them. */
public enum Category {
  CORPUS("Corpus"),
  TABLES("Tables and results"),
  ANALYSIS("Analysis"),
  PLOTS("Plots and notebooks"),
  ENTITIES("Entities and models"),
  SESSION("Session");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
