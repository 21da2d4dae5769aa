package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo and video credit lines, a fixture of news pages: "(Susan Walsh/AP)", "(Jean-Christophe Bott/Pool via AP)",
 * "(AP Photo/Evan Vucci)", "(Photo: Jane Doe/Reuters)". Their layout says who is who — the photographer before
 * the slash, the agency after it or after "via" — which a statistical recogniser, reading them as prose, misses
 * ("Bott/Pool" as one organisation). "Pool" marks pooled coverage, not an organisation, and is skipped.
 */
public final class CreditLineRecognizer implements Recognizer {
  public static final String NAME = "credits";
  static final String VERSION = "1";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'.-]*";
  private static final String PERSON = NAME_WORD + "(?: " + NAME_WORD + "){1,3}";
  private static final String AGENCY = "\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*){0,2}";
  private static final Pattern PHOTOGRAPHER_FIRST = Pattern.compile(
      "\\((?:(?:Photo|Video|Picture)s?: ?)?(?<person>" + PERSON + ") ?/ ?(?:(?<pool>Pool) )?(?:via )?(?<agency>"
          + AGENCY + ")(?: via (?<via>" + AGENCY + "))? ?\\)");
  private static final Pattern AGENCY_FIRST = Pattern.compile(
      "\\((?<agency>\\p{Lu}[\\p{L}&.]*) (?:Photo|Video|Images?) ?/ ?(?<person>" + PERSON + ")(?: ?, ?File)? ?\\)");

  @Override
  public RecognizerInfo info() {
    return new RecognizerInfo(NAME, "rules: photo credit lines", VERSION, "project code (rules)",
        List.of("PERSON", "ORG"));
  }

  @Override
  public boolean threadSafe() {
    return true;
  }

  @Override
  public List<NameSpan> find(Sentence sentence) {
    SentenceText st = new SentenceText(sentence);
    List<NameSpan> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    // "(AP Photo/Evan Vucci)" also fits the photographer-first shape, so the agency-first shape is tried first
    for (Pattern p : List.of(AGENCY_FIRST, PHOTOGRAPHER_FIRST)) {
      Matcher m = p.matcher(st.text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (taken.stream().anyMatch(t -> t[0] < end && start < t[1])) continue;
        taken.add(new int[] {start, end});
        add(out, st, m, "person", "PERSON");
        if (!"Pool".equals(m.group("agency"))) add(out, st, m, "agency", "ORG");
        if (p == PHOTOGRAPHER_FIRST) add(out, st, m, "via", "ORG");
      }
    }
    return out;
  }

  private static void add(List<NameSpan> out, SentenceText st, Matcher m, String group, String label) {
    if (m.group(group) == null) return;
    NameSpan span = st.span(m.start(group), m.end(group), label);
    if (span != null) out.add(span);
  }
}
