package org.mentions.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one type, throughout a document. News articles introduce a person, place or organisation once in full
 * and then keep referring to it; a recogniser decides each sentence on its own and so wavers. Three steps:
 * <ol>
 *   <li>short forms: a word or words ending a person's full name in the document ("Johnson" after "Boris
 *       Johnson", "Thomas-Greenfield" after "Linda Thomas-Greenfield") are that person where they stand alone,
 *       unless a recogniser called them a place — places are often named after people (Washington, Jordan);</li>
 *   <li>majority: every mention of a name takes the type most of its mentions have (a tie goes to the first),
 *       except where context settled the type (a title before it, an organisational head noun in it);</li>
 *   <li>propagation: where a name found elsewhere in the document occurs again unmarked, it is marked there too,
 *       longer names first; a longer name also replaces the fragments a recogniser cut it into ("Times" + "Israel"
 *       in "Times of Israel's"). A single word must be tagged as a proper noun there, and not be a month or day
 *       name, so that "May" the month is not taken for "May" the politician.</li>
 * </ol>
 */
final class DocumentConsistency implements DocumentRule {
  /** Month and day names, proper nouns that are also people's names ("May", "June", "August"). */
  private static final java.util.Set<String> CALENDAR = java.util.Set.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  @Override
  public void apply(DocumentMentions doc) {
    Map<String, String> shortForms = shortForms(doc);
    for (Draft d : doc.drafts) {
      if (!d.settled && d.type.equals(EntityTypes.ORGANIZATION) && shortForms.containsKey(doc.key(d))) {
        d.type = EntityTypes.PERSON;
        d.fineType = "PERSON";
      }
    }
    Map<String, String> majority = majority(doc);
    for (Draft d : doc.drafts) {
      String type = majority.get(doc.key(d));
      if (type != null && !d.settled && NameTypes.isName(d.type)) d.type = type;
    }
    Map<String, String> names = new HashMap<>(shortForms);
    names.putAll(majority);
    propagate(doc, names);
    doc.sort();
  }

  /** Proper suffixes of multi-word person names, each mapped to the person type. */
  private static Map<String, String> shortForms(DocumentMentions doc) {
    Map<String, String> out = new HashMap<>();
    for (Draft d : doc.drafts) {
      if (!d.type.equals(EntityTypes.PERSON)) continue;
      for (int from = d.start + 1; from < d.end; from++) {
        if (DocumentMentions.isCapitalised(doc.word(d.sentence, from))) {
          out.put(doc.key(d.sentence, from, d.end), EntityTypes.PERSON);
        }
      }
    }
    return out;
  }

  /** For each name, the type most of its mentions have; the first mention's type breaks ties. */
  private static Map<String, String> majority(DocumentMentions doc) {
    Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
    for (Draft d : doc.drafts) {
      if (!NameTypes.isName(d.type)) continue;
      votes.computeIfAbsent(doc.key(d), k -> new LinkedHashMap<>()).merge(d.type, 1, Integer::sum);
    }
    Map<String, String> out = new HashMap<>();
    votes.forEach((key, counts) -> {
      String best = null;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
      }
      out.put(key, best);
    });
    return out;
  }

  private static void propagate(DocumentMentions doc, Map<String, String> names) {
    List<String> keys = new ArrayList<>(names.keySet());
    keys.sort(Comparator.comparingInt((String k) -> -k.split(" ").length).thenComparing(k -> k));
    for (String key : keys) {
      String[] words = key.split(" ");
      for (int s = 0; s < doc.sentences.size(); s++) {
        List<Token> tokens = doc.tokens(s);
        for (int i = 0; i + words.length <= tokens.size(); i++) {
          if (!matches(tokens, i, words)) continue;
          if (words.length == 1 && (!doc.isProperNoun(s, i) || CALENDAR.contains(words[0]))) continue;
          if (!DocumentMentions.isCapitalised(words[0])) continue;
          claim(doc, s, i, i + words.length, names.get(key));
        }
      }
    }
  }

  private static boolean matches(List<Token> tokens, int at, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!TextPipeline.plain(tokens.get(at + k).word()).equals(words[k])) return false;
    }
    return true;
  }

  private static void claim(DocumentMentions doc, int s, int start, int end, String type) {
    List<Draft> over = doc.overlapping(s, start, end);
    if (over.isEmpty()) {
      doc.drafts.add(new Draft(s, start, end, type, fine(type), "document"));
      return;
    }
    if (over.size() == 1 && over.get(0).start == start && over.get(0).end == end) return;
    for (Draft d : over) {
      if (!d.within(s, start, end) || d.settled || NameTypes.isQuantity(d.type)) return;
    }
    doc.drafts.removeAll(over);
    doc.drafts.add(new Draft(s, start, end, type, fine(type), "document"));
  }

  private static String fine(String type) {
    return switch (type) {
      case EntityTypes.PERSON -> "PERSON";
      case EntityTypes.ORGANIZATION -> "ORG";
      default -> "GPE";
    };
  }
}
