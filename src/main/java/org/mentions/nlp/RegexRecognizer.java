package org.mentions.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.util.Span;

/**
 * Dates, amounts of money and percentages written in the few fixed shapes news uses ("February 1", "1 February
 * 2022", "January 21, 2022", "2022-01-31", "Monday", "$6", "$1.5 billion", "12 percent", "3.5%"), found with
 * OpenNLP's {@link RegexNameFinder} on the tokens. It backs up the statistical recogniser where that one misses
 * them, so its spans have the lowest priority: where they overlap another recogniser's, the other wins.
 */
public final class RegexRecognizer implements Recognizer {
  public static final String NAME = "regex";
  static final String VERSION = "1";
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String DAY = "(?:[1-9]|[12][0-9]|3[01])";
  private static final String AMOUNT = "\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE = "(?: (?:million|billion|trillion|bn|m))?";

  private final Map<String, Pattern[]> patterns = new LinkedHashMap<>();

  public RegexRecognizer() {
    patterns.put("DATE", new Pattern[] {
        Pattern.compile(MONTH + " " + DAY + "(?: , \\d{4}|,? \\d{4})?"),
        Pattern.compile(DAY + " " + MONTH + "(?: \\d{4})?"),
        Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
        Pattern.compile("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")});
    patterns.put("MONEY", new Pattern[] {
        Pattern.compile("(?:US ?)?[$€£¥] ?(?:" + AMOUNT + ")" + SCALE),
        Pattern.compile("(?:" + AMOUNT + ")" + SCALE + " (?:dollars|euros|pounds|rubles|roubles|yuan|yen|hryvnias)")});
    patterns.put("PERCENT", new Pattern[] {
        Pattern.compile("(?:" + AMOUNT + ") ?(?:%|percent|per cent)")});
  }

  @Override
  public RecognizerInfo info() {
    return new RecognizerInfo(NAME, "rules: OpenNLP RegexNameFinder", VERSION, "project code (rules)",
        List.copyOf(patterns.keySet()));
  }

  @Override
  public List<NameSpan> find(Sentence sentence) {
    // RegexNameFinder keeps no state between calls but is cheap to build, so each call gets its own
    RegexNameFinder finder = new RegexNameFinder(patterns);
    String[] words = sentence.words();
    for (int i = 0; i < words.length; i++) words[i] = TextPipeline.plain(words[i]);
    List<NameSpan> out = new ArrayList<>();
    for (Span s : NameFinderME.dropOverlappingSpans(finder.find(words))) {
      out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType()));
    }
    return out;
  }

  @Override
  public boolean threadSafe() {
    return true;
  }
}
