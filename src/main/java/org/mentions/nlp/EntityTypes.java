package org.mentions.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a recogniser's fine label (OntoNotes for NLP4J: PERSON, GPE, ORG, …) to the project's stable coarse types.
 * Labels that are already coarse ("person") map to themselves; unknown labels are lower-cased.
 */
public final class EntityTypes {
  public static final String PERSON = "person";
  public static final String LOCATION = "location";
  public static final String ORGANIZATION = "organization";

  /** Every coarse type, in a fixed order (used for completion and listings). */
  public static final List<String> COARSE_TYPES = List.of(
      PERSON, LOCATION, ORGANIZATION, "date", "time", "money", "percent", "quantity", "nationality", "event",
      "work", "law", "product", "language", "number");

  /** The 18 OntoNotes types NLP4J's English model produces. */
  public static final List<String> ONTONOTES_TYPES = List.of(
      "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE",
      "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL");

  private static final Map<String, String> FINE_TO_COARSE = Map.ofEntries(
      Map.entry("PERSON", PERSON),
      Map.entry("GPE", LOCATION),
      Map.entry("LOC", LOCATION),
      Map.entry("FAC", LOCATION),
      Map.entry("ORG", ORGANIZATION),
      Map.entry("DATE", "date"),
      Map.entry("TIME", "time"),
      Map.entry("MONEY", "money"),
      Map.entry("PERCENT", "percent"),
      Map.entry("QUANTITY", "quantity"),
      Map.entry("NORP", "nationality"),
      Map.entry("EVENT", "event"),
      Map.entry("WORK_OF_ART", "work"),
      Map.entry("LAW", "law"),
      Map.entry("PRODUCT", "product"),
      Map.entry("LANGUAGE", "language"),
      Map.entry("CARDINAL", "number"),
      Map.entry("ORDINAL", "number"));

  private EntityTypes() {}

  /** The coarse type for {@code label}: mapped if it is an OntoNotes type, else the label lower-cased. */
  public static String coarse(String label) {
    String trimmed = label.strip();
    String mapped = FINE_TO_COARSE.get(trimmed.toUpperCase(Locale.ROOT));
    return mapped != null ? mapped : trimmed.toLowerCase(Locale.ROOT);
  }

  private static final java.util.Set<String> VALUES =
      java.util.Set.of("date", "time", "money", "percent", "quantity", "number");

  /** Dates, times, amounts and numbers: values rather than named entities, so never merged into entities. */
  public static boolean isValue(String type) {
    return VALUES.contains(type);
  }

  /** Whether {@code type} is one of {@link #COARSE_TYPES}. */
  public static boolean isCoarse(String type) {
    return COARSE_TYPES.contains(type);
  }
}
