package org.mentions.corpus;

/**
 * How to read records (JSONL lines, CSV rows).
 *
 * @param textColumn the column or field holding the article text ({@code --text COLUMN}), matched ignoring case;
 *     {@code null} means the first of {@code text}, {@code body}, {@code content} that exists
 * @param reread read every file again even when nothing about it changed since the last load ({@code --fresh})
 */
public record ReadOptions(String textColumn, boolean reread) {
  public static final ReadOptions DEFAULTS = new ReadOptions(null);

  public ReadOptions {
    if (textColumn != null && textColumn.isBlank()) textColumn = null;
  }

  public ReadOptions(String textColumn) {
    this(textColumn, false);
  }
}
