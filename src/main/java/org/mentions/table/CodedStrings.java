package org.mentions.table;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.IntDictionaryMap;

/**
 * Builds a result StringColumn straight from codes: the dictionary gets one entry per distinct value and the
 * rows are the codes themselves. Appending a million strings one by one costs a hash lookup in three maps each;
 * this costs an int array copy plus one entry per distinct value.
 */
final class CodedStrings {
  private CodedStrings() {}

  static StringColumn column(String name, Codes codes, int[] rowCodes) {
    Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>();
    Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>();
    Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap();
    valueToKey.defaultReturnValue(Integer.MIN_VALUE); // what Tablesaw's own dictionaries answer for "absent"
    int last = -1;
    for (int code : rowCodes) {
      if (keyToCount.addTo(code, 1) == 0) {
        String label = codes.label(code);
        keyToValue.put(code, label);
        valueToKey.put(label, code);
      }
      last = Math.max(last, code);
    }
    // the dictionary increments its last key before it uses one, so a later append gets a fresh key
    IntDictionaryMap dict = new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(last)
        .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(rowCodes).build();
    return StringColumn.createInternal(name, dict);
  }
}
