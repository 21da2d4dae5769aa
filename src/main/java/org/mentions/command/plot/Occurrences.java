package org.mentions.command.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mentions.table.Columns;
import org.mentions.table.CorpusTables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Finds where a term occurs, as token offsets from the start of each document. A term that names entities
 * (ignoring case, as their whole name or whole words of it: "Putin" → "Putin" and "Vladimir Putin") stands for
 * their mentions, whatever words they use; any other term is matched on the tokens as a phrase, ignoring case.
 */
final class Occurrences {
  /** One occurrence: the document and the token offset where it starts. */
  record Hit(String doc, int position) {}

  /** What a term was taken to mean, and where it occurs. */
  record Match(String term, String meaning, List<Hit> hits) {}

  private final Table mentions;
  private final Table tokens;
  private final Map<String, List<Integer>> sentenceStarts = new HashMap<>();

  Occurrences(CorpusTables tables) {
    this.mentions = tables.get(Columns.MENTIONS);
    this.tokens = tables.get(Columns.TOKENS);
    indexSentences(tables.get(Columns.SENTENCES));
  }

  // Mentions and tokens count tokens within their sentence; a document offset needs each sentence's start.
  private void indexSentences(Table sentences) {
    StringColumn doc = sentences.stringColumn(Columns.DOC);
    IntColumn count = sentences.intColumn(Columns.COUNT_TOKENS);
    Map<String, Integer> running = new HashMap<>();
    for (int r = 0; r < sentences.rowCount(); r++) {
      int start = running.getOrDefault(doc.get(r), 0);
      sentenceStarts.computeIfAbsent(doc.get(r), d -> new ArrayList<>()).add(start);
      running.put(doc.get(r), start + count.get(r));
    }
  }

  Match find(String term) {
    Set<String> entities = entities(term);
    if (!entities.isEmpty()) {
      String meaning = entities.size() == 1 && entities.contains(term) ? "entity"
          : (entities.size() == 1 ? "entity " : "entities ") + String.join(", ", entities);
      return new Match(term, meaning, mentionsOf(entities));
    }
    return new Match(term, "words", phrase(term));
  }

  // Short forms merge into full names only within a document (and across documents through aliases), so a term
  // stands for every entity it names: the one spelled like it and those that contain it as whole words.
  private Set<String> entities(String term) {
    StringColumn entity = mentions.stringColumn(Columns.ENTITY);
    Pattern words = Pattern.compile("\\b" + Pattern.quote(term) + "\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Set<String> found = new TreeSet<>();
    for (String n : entity.unique().asList()) if (words.matcher(n).find()) found.add(n);
    return found;
  }

  private List<Hit> mentionsOf(Set<String> entities) {
    List<Hit> hits = new ArrayList<>();
    StringColumn doc = mentions.stringColumn(Columns.DOC);
    StringColumn entity = mentions.stringColumn(Columns.ENTITY);
    IntColumn sentence = mentions.intColumn(Columns.SENTENCE);
    IntColumn start = mentions.intColumn(Columns.START);
    for (int r = 0; r < mentions.rowCount(); r++) {
      if (entities.contains(entity.get(r))) hits.add(hit(doc.get(r), sentence.get(r), start.get(r)));
    }
    return hits;
  }

  private List<Hit> phrase(String term) {
    String[] words = term.toLowerCase(Locale.ROOT).trim().split("\\s+");
    List<Hit> hits = new ArrayList<>();
    StringColumn doc = tokens.stringColumn(Columns.DOC);
    StringColumn word = tokens.stringColumn(Columns.WORD);
    IntColumn sentence = tokens.intColumn(Columns.SENTENCE);
    IntColumn token = tokens.intColumn(Columns.TOKEN);
    for (int r = 0; r + words.length <= tokens.rowCount(); r++) {
      if (matchesAt(r, words, doc, word)) hits.add(hit(doc.get(r), sentence.get(r), token.get(r)));
    }
    return hits;
  }

  private static boolean matchesAt(int r, String[] words, StringColumn doc, StringColumn word) {
    for (int i = 0; i < words.length; i++) {
      if (!doc.get(r + i).equals(doc.get(r)) || !word.get(r + i).equalsIgnoreCase(words[i])) return false;
    }
    return true;
  }

  private Hit hit(String doc, int sentence, int token) {
    List<Integer> starts = sentenceStarts.getOrDefault(doc, List.of());
    int base = sentence < starts.size() ? starts.get(sentence) : 0;
    return new Hit(doc, base + token);
  }
}
