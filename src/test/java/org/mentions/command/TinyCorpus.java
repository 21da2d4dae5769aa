package org.mentions.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentions.corpus.Document;
import org.mentions.engine.Backend;
import org.mentions.engine.Engine;
import org.mentions.engine.EngineConfig;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Mention;
import org.mentions.nlp.Sentence;
import org.mentions.nlp.Token;

/**
 * A test fixture, not an NLP stub: tokens are words and punctuation, a sentence ends at '.', and the names in
 * {@link #NAMES} are marked as mentions of themselves. Small texts written by the tests go through it into the
 * workspace tables, so results can be checked against plain loops over the same tables.
 */
public final class TinyCorpus {
  public static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("Antony Blinken", "person");
    NAMES.put("Sergei Lavrov", "person");
    NAMES.put("Vladimir Putin", "person");
    NAMES.put("Joe Biden", "person");
    NAMES.put("Russia", "location");
    NAMES.put("Ukraine", "location");
    NAMES.put("Geneva", "location");
    NAMES.put("NATO", "organization");
  }

  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  private TinyCorpus() {}

  public static Engine engine(Path dir) {
    Backend backend = new Backend("tiny", () -> TinyCorpus::annotate, TinyCorpus::mentions, () -> {});
    return new Engine(new EngineConfig(dir, dir.resolve("cache"), 1, "none"), backend);
  }

  /** An engine holding the three standard test documents. */
  public static Engine standard(Path dir) {
    Engine e = engine(dir);
    add(e.workspace(), "a.txt", "Wire", "2022-01-30",
        "Antony Blinken met Sergei Lavrov in Geneva. Russia denied plans to invade Ukraine. "
            + "Blinken said NATO stands with Ukraine. Sergei Lavrov said Russia wants guarantees from NATO.");
    add(e.workspace(), "b.txt", "Daily", "2022-02-01",
        "Vladimir Putin spoke about Ukraine. Joe Biden warned Vladimir Putin of sanctions. "
            + "Antony Blinken and Joe Biden discussed sanctions on Russia.");
    add(e.workspace(), "c.txt", "Wire", "2022-02-03",
        "NATO met in Geneva. Russia and Ukraine were discussed. The sanctions hit Russia. "
            + "Vladimir Putin and Sergei Lavrov said nothing about NATO.");
    return e;
  }

  public static void add(Workspace ws, String id, String source, String date, String text) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("source", source);
    meta.put("date", date);
    Document doc = new Document(id, id, id, text, meta);
    Annotation a = annotate(text);
    ws.tables().add(doc, a, mentions(doc, a));
  }

  public static Annotation annotate(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = w.matches("\\p{Punct}") ? "PUNCT" : Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
      current.add(new Token(w, w.toLowerCase(), pos, m.start(), m.end()));
      if (w.equals(".")) {
        sentences.add(new Sentence(current.get(0).start(), m.end(), current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(new Sentence(current.get(0).start(), current.get(current.size() - 1).end(), current));
    }
    return new Annotation(sentences, List.of());
  }

  /** Longest listed name starting at each token; "Blinken" alone is not a name here. */
  public static List<Mention> mentions(Document doc, Annotation a) {
    List<Mention> out = new ArrayList<>();
    for (int s = 0; s < a.sentences().size(); s++) {
      List<Token> ts = a.sentences().get(s).tokens();
      int t = 0;
      while (t < ts.size()) {
        int matched = 0;
        String name = null;
        for (String n : NAMES.keySet()) {
          String[] words = n.split(" ");
          if (t + words.length > ts.size() || words.length <= matched) continue;
          boolean all = true;
          for (int k = 0; k < words.length; k++) all &= ts.get(t + k).word().equals(words[k]);
          if (all) {
            matched = words.length;
            name = n;
          }
        }
        if (name == null) {
          t++;
          continue;
        }
        int cs = ts.get(t).start();
        int ce = ts.get(t + matched - 1).end();
        String type = NAMES.get(name);
        out.add(new Mention(s, t, t + matched, cs, ce, doc.text().substring(cs, ce), type, type.toUpperCase(),
            name));
        t += matched;
      }
    }
    return out;
  }
}
