package org.mentions.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A gazetteer: phrase → label. A phrase matches a run of whole tokens whose text, with the whitespace between
 * tokens collapsed to one space, equals the phrase with its whitespace collapsed; so "U.S.", "Thomas-Greenfield"
 * or "RFE/RL" match however the tokenizer cut them. Case-sensitive; at each position the longest phrase wins, and
 * matches do not overlap.
 */
public final class DictionaryRecognizer implements Recognizer {
  private final String name;
  private final Map<String, String> phrases;
  private final int longest;

  public DictionaryRecognizer(Map<String, String> phraseToLabel) {
    this("dictionary", phraseToLabel);
  }

  public DictionaryRecognizer(String name, Map<String, String> phraseToLabel) {
    this.name = name;
    Map<String, String> normalised = new LinkedHashMap<>();
    int max = 0;
    for (Map.Entry<String, String> e : phraseToLabel.entrySet()) {
      String phrase = collapse(e.getKey());
      if (phrase.isEmpty()) continue;
      normalised.put(phrase, e.getValue());
      max = Math.max(max, phrase.length());
    }
    this.phrases = Map.copyOf(normalised);
    this.longest = max;
  }

  /**
   * Reads {@code label<TAB>phrase} lines (the gold-file layout); blank lines and lines starting with {@code #}
   * are skipped. A later line for the same phrase replaces an earlier one.
   */
  public static DictionaryRecognizer fromTsv(String name, Reader in) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IOException("line " + lineNo + ": expected label<TAB>phrase, got: " + line);
      }
      map.put(line.substring(tab + 1).strip(), line.substring(0, tab).strip());
    }
    return new DictionaryRecognizer(name, map);
  }

  public int size() {
    return phrases.size();
  }

  @Override
  public RecognizerInfo info() {
    return new RecognizerInfo(name, "gazetteer", phrases.size() + " phrases", "user-supplied",
        List.copyOf(new TreeSet<>(phrases.values())));
  }

  @Override
  public boolean threadSafe() {
    return true;
  }

  @Override
  public List<NameSpan> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<NameSpan> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int matchEnd = -1;
      String matchLabel = null;
      StringBuilder surface = new StringBuilder();
      for (int j = i; j < tokens.size(); j++) {
        if (j > i && tokens.get(j).start() > tokens.get(j - 1).end()) surface.append(' ');
        surface.append(tokens.get(j).word());
        if (surface.length() > longest) break;
        String label = phrases.get(surface.toString());
        if (label != null) {
          matchEnd = j + 1;
          matchLabel = label;
        }
      }
      if (matchEnd > 0) {
        found.add(new NameSpan(i, matchEnd, matchLabel));
        i = matchEnd;
      } else {
        i++;
      }
    }
    return found;
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
