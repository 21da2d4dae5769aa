package org.mentions.nlp;

import java.util.Set;

/** Groups of coarse types the document rules treat alike. */
final class NameTypes {
  static final String NATIONALITY = "nationality";
  private static final Set<String> NAMES = Set.of(EntityTypes.PERSON, EntityTypes.LOCATION, EntityTypes.ORGANIZATION);

  private NameTypes() {}

  /** Person, location, organisation: the names a reader follows through a text. */
  static boolean isName(String type) {
    return NAMES.contains(type);
  }

  /** Dates, times, amounts and numbers: not names, and never merged into entities. */
  static boolean isQuantity(String type) {
    return EntityTypes.isValue(type);
  }
}
