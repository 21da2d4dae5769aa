package org.mentions.corpus;

/**
 * How to read records (JSONL lines, CSV rows).
 *
 * @param textColumn the column or field holding the article text ({@code --text COLUMN}), matched ignoring case;
 *     {@code null} means the first of {@code text}, {@code body}, {@code content} that exists
 */
public record ReadOptions(String textColumn) {
  public static final ReadOptions DEFAULTS = new ReadOptions(null);

  public ReadOptions {
    if (textColumn != null && textColumn.isBlank()) textColumn = null;
  }
}
