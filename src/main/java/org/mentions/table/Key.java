package org.mentions.table;

/**
 * A column to group by, as a command named it: the name it gets in the result, its codes over the table's rows,
 * and whether its values are ordered by first appearance (documents: load order) rather than by value.
 */
public record Key(String name, Codes codes, boolean byAppearance) {
  public static Key of(String name, Codes codes) {
    return new Key(name, codes, name.equals(Columns.DOC));
  }
}
