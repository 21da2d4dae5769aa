package org.mentions.table;

import static org.mentions.table.Columns.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentions.nlp.EntityTypes;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code entities} table: one row per canonical entity and type, with how many mentions and documents it has
 * and the other texts it was written as (most frequent first). Dates, times, amounts and numbers are values, not
 * entities, and are left out. Rows are sorted by mentions, most first.
 */
final class EntityTable {
  private EntityTable() {}

  static Table empty() {
    return Table.create(ENTITIES, StringColumn.create(ENTITY), StringColumn.create(TYPE),
        IntColumn.create(COUNT_MENTIONS), IntColumn.create(COUNT_DOCS), StringColumn.create(ALIASES));
  }

  static Table build(Table mentions) {
    Map<List<String>, Row> rows = new LinkedHashMap<>();
    StringColumn docs = mentions.stringColumn(DOC);
    StringColumn texts = mentions.stringColumn(TEXT);
    StringColumn types = mentions.stringColumn(TYPE);
    StringColumn entities = mentions.stringColumn(ENTITY);
    for (int i = 0; i < mentions.rowCount(); i++) {
      String type = types.get(i);
      if (EntityTypes.isValue(type) || type.isEmpty()) continue;
      Row r = rows.computeIfAbsent(List.of(entities.get(i), type), k -> new Row());
      r.mentions++;
      r.docs.add(docs.get(i));
      r.texts.merge(texts.get(i).strip().replaceAll("\\s+", " "), 1, Integer::sum);
    }
    List<Map.Entry<List<String>, Row>> sorted = new ArrayList<>(rows.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<List<String>, Row> e) -> -e.getValue().mentions)
        .thenComparing(e -> e.getKey().get(0)));
    Table t = empty();
    for (Map.Entry<List<String>, Row> e : sorted) {
      String entity = e.getKey().get(0);
      Row r = e.getValue();
      t.stringColumn(ENTITY).append(entity);
      t.stringColumn(TYPE).append(e.getKey().get(1));
      t.intColumn(COUNT_MENTIONS).append(r.mentions);
      t.intColumn(COUNT_DOCS).append(r.docs.size());
      List<Map.Entry<String, Integer>> variants = new ArrayList<>(r.texts.entrySet());
      variants.removeIf(v -> v.getKey().equals(entity));
      variants.sort(Comparator.comparingInt((Map.Entry<String, Integer> v) -> -v.getValue())
          .thenComparing(Map.Entry::getKey));
      t.stringColumn(ALIASES).append(String.join("; ", variants.stream().map(Map.Entry::getKey).toList()));
    }
    return t;
  }

  private static final class Row {
    int mentions;
    final Set<String> docs = new LinkedHashSet<>();
    final Map<String, Integer> texts = new LinkedHashMap<>();
  }
}
