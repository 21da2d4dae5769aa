package org.mentions.table;

import static org.mentions.table.Columns.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentions.corpus.Document;
import org.mentions.nlp.AliasTable;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Mention;
import org.mentions.nlp.Sentence;
import org.mentions.nlp.Token;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The five base tables of an annotated corpus: docs, sentences, tokens, mentions, entities. Rows are appended per
 * document in load order; the docs table is rebuilt on each change because its metadata columns depend on all
 * documents. A mention's {@code entity} is its document-level name passed through the corpus's {@link AliasTable};
 * the document-level names are kept, so changing aliases rewrites the column ({@link #relink}) without
 * re-annotating, and the entities table is rebuilt from the mentions when next asked for.
 */
public final class CorpusTables {
  public static final List<String> NAMES = List.of(DOCS, SENTENCES, TOKENS, MENTIONS, ENTITIES);

  private final List<DocRow> docRows = new ArrayList<>();
  // the loaded documents by id, in load order: the one place a session keeps them
  private final Map<String, Document> byId = new LinkedHashMap<>();
  // rebuilt only when read after a change: rebuilding per added document made loads quadratic
  private Table docs;
  private boolean docsStale;
  private final Table sentences;
  private final Table tokens;
  private final Table mentions;
  private final AliasTable aliases = new AliasTable();
  /** Each document's mention entity names before aliases, in the order of its rows in {@code mentions}. */
  private final Map<String, List<String>> localEntities = new HashMap<>();
  private Table entities = EntityTable.empty();
  private boolean entitiesStale;

  private record DocRow(Document doc, int sentences, int tokens, int mentions) {}

  public CorpusTables() {
    sentences = Table.create(SENTENCES,
        StringColumn.create(DOC), IntColumn.create(SENTENCE), IntColumn.create(START), IntColumn.create(END),
        StringColumn.create(TEXT), IntColumn.create(COUNT_TOKENS));
    tokens = Table.create(TOKENS,
        StringColumn.create(DOC), IntColumn.create(SENTENCE), IntColumn.create(TOKEN), StringColumn.create(WORD),
        StringColumn.create(LEMMA), StringColumn.create(POS), IntColumn.create(START), IntColumn.create(END));
    mentions = emptyMentions();
    docs = buildDocs();
  }

  public static Table emptyMentions() {
    return Table.create(MENTIONS,
        StringColumn.create(DOC), IntColumn.create(SENTENCE), IntColumn.create(START), IntColumn.create(END),
        IntColumn.create(CHAR_START), IntColumn.create(CHAR_END), StringColumn.create(TEXT),
        StringColumn.create(TYPE), StringColumn.create(FINE_TYPE), StringColumn.create(ENTITY));
  }

  public synchronized void add(Document doc, Annotation annotation, List<Mention> found) {
    String id = doc.id();
    String text = doc.text();
    List<Sentence> ss = annotation.sentences();
    SentenceColumns sc = new SentenceColumns(sentences);
    TokenColumns tc = new TokenColumns(tokens);
    for (int s = 0; s < ss.size(); s++) {
      Sentence sentence = ss.get(s);
      sc.doc.append(id);
      sc.sentence.append(s);
      sc.start.append(sentence.start());
      sc.end.append(sentence.end());
      sc.text.append(text.substring(sentence.start(), sentence.end()));
      sc.tokens.append(sentence.tokens().size());
      List<Token> ts = sentence.tokens();
      for (int t = 0; t < ts.size(); t++) {
        Token token = ts.get(t);
        tc.doc.append(id);
        tc.sentence.append(s);
        tc.token.append(t);
        tc.word.append(token.word());
        tc.lemma.append(token.lemma());
        tc.pos.append(token.pos());
        tc.start.append(token.start());
        tc.end.append(token.end());
      }
    }
    appendMentions(mentions, id, found, aliases);
    localEntities.put(id, found.stream().map(Mention::entity).toList());
    entitiesStale = true;
    docRows.add(new DocRow(doc, ss.size(), annotation.tokenCount(), found.size()));
    byId.put(id, doc);
    docsStale = true;
  }

  // Looking a column up by name costs a case-insensitive scan; per row that dominated loading, so rows are
  // appended through columns looked up once per document.
  private record SentenceColumns(StringColumn doc, IntColumn sentence, IntColumn start, IntColumn end,
      StringColumn text, IntColumn tokens) {
    SentenceColumns(Table t) {
      this(t.stringColumn(DOC), t.intColumn(SENTENCE), t.intColumn(START), t.intColumn(END),
          t.stringColumn(TEXT), t.intColumn(COUNT_TOKENS));
    }
  }

  private record TokenColumns(StringColumn doc, IntColumn sentence, IntColumn token, StringColumn word,
      StringColumn lemma, StringColumn pos, IntColumn start, IntColumn end) {
    TokenColumns(Table t) {
      this(t.stringColumn(DOC), t.intColumn(SENTENCE), t.intColumn(TOKEN), t.stringColumn(WORD),
          t.stringColumn(LEMMA), t.stringColumn(POS), t.intColumn(START), t.intColumn(END));
    }
  }

  static void appendMentions(Table target, String id, List<Mention> found, AliasTable aliases) {
    StringColumn doc = target.stringColumn(DOC);
    IntColumn sentence = target.intColumn(SENTENCE);
    IntColumn start = target.intColumn(START);
    IntColumn end = target.intColumn(END);
    IntColumn charStart = target.intColumn(CHAR_START);
    IntColumn charEnd = target.intColumn(CHAR_END);
    StringColumn text = target.stringColumn(TEXT);
    StringColumn type = target.stringColumn(TYPE);
    StringColumn fineType = target.stringColumn(FINE_TYPE);
    StringColumn entity = target.stringColumn(ENTITY);
    for (Mention m : found) {
      doc.append(id);
      sentence.append(m.sentence());
      start.append(m.start());
      end.append(m.end());
      charStart.append(m.charStart());
      charEnd.append(m.charEnd());
      text.append(m.text());
      type.append(m.type());
      fineType.append(m.fineType());
      entity.append(aliases.resolve(m.entity()));
    }
  }

  public synchronized boolean isEmpty() {
    return docRows.isEmpty();
  }

  /** The rows of every document loaded so far, for a whole-corpus snapshot. */
  synchronized CorpusSnapshots.Snapshot snapshot() {
    int n = docRows.size();
    int[] s = new int[n];
    int[] t = new int[n];
    int[] m = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = docRows.get(i).sentences();
      t[i] = docRows.get(i).tokens();
      m[i] = docRows.get(i).mentions();
    }
    StringColumn local = StringColumn.create(ENTITY);
    for (DocRow r : docRows) localEntities.getOrDefault(r.doc().id(), List.of()).forEach(local::append);
    return new CorpusSnapshots.Snapshot(s, t, m, sentences, tokens, mentions, Table.create("local", local),
        aliasesFingerprint());
  }

  /**
   * Fills empty tables from a snapshot of exactly these documents; false (and nothing changed) when the snapshot
   * does not fit them, e.g. its columns differ from this version's.
   */
  synchronized boolean restore(List<Document> docs, CorpusSnapshots.Snapshot snap) {
    if (!isEmpty() || docs.size() != snap.sentences().length) return false;
    if (!fits(sentences, snap.sentenceTable(), snap.sentences()) || !fits(tokens, snap.tokenTable(), snap.tokens())
        || !fits(mentions, snap.mentionTable(), snap.mentions())) {
      return false;
    }
    StringColumn local = snap.localEntities().stringColumn(ENTITY);
    if (local.size() != snap.mentionTable().rowCount()) return false;
    replaceColumns(sentences, snap.sentenceTable());
    replaceColumns(tokens, snap.tokenTable());
    replaceColumns(mentions, snap.mentionTable());
    int row = 0;
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      docRows.add(new DocRow(d, snap.sentences()[i], snap.tokens()[i], snap.mentions()[i]));
      byId.put(d.id(), d);
      List<String> names = new ArrayList<>(snap.mentions()[i]);
      for (int k = 0; k < snap.mentions()[i]; k++) names.add(local.get(row++));
      localEntities.put(d.id(), names);
    }
    docsStale = true;
    entitiesStale = true;
    // the snapshot's entity column followed the aliases of its day; today's may differ
    if (!snap.aliases().equals(aliasesFingerprint())) relink();
    return true;
  }

  private static boolean fits(Table target, Table source, int[] perDoc) {
    long rows = 0;
    for (int n : perDoc) rows += n;
    return rows == source.rowCount() && target.columnNames().equals(source.columnNames())
        && java.util.Arrays.equals(target.typeArray(), source.typeArray());
  }

  private static void replaceColumns(Table target, Table source) {
    target.removeColumns(target.columnNames().toArray(new String[0]));
    target.addColumns(source.columns().toArray(new tech.tablesaw.columns.Column<?>[0]));
  }

  /** Replaces a loaded document's metadata (a sidecar changed) without touching its annotation. */
  public synchronized void updateDocument(Document doc) {
    for (int i = 0; i < docRows.size(); i++) {
      DocRow r = docRows.get(i);
      if (r.doc().id().equals(doc.id())) docRows.set(i, new DocRow(doc, r.sentences(), r.tokens(), r.mentions()));
    }
    if (byId.containsKey(doc.id())) byId.put(doc.id(), doc);
    docsStale = true;
  }

  /**
   * Removes documents' rows from every table, so changed or re-annotated files replace their old rows. One pass
   * per table whatever the number of documents: re-loading a large corpus with --fresh must not be quadratic.
   */
  public synchronized void remove(java.util.Collection<String> ids) {
    Set<String> present = new java.util.HashSet<>();
    for (String id : ids) if (byId.containsKey(id)) present.add(id);
    if (present.isEmpty()) return;
    for (Table t : List.of(sentences, tokens, mentions)) {
      Table kept = t.where(t.stringColumn(DOC).isNotIn(present));
      t.clear();
      t.append(kept);
    }
    docRows.removeIf(r -> present.contains(r.doc().id()));
    byId.keySet().removeAll(present);
    localEntities.keySet().removeAll(present);
    entitiesStale = true;
    docsStale = true;
  }

  /** The loaded document with this id, or null. */
  public synchronized Document document(String docId) {
    return byId.get(docId);
  }

  public synchronized int size() {
    return byId.size();
  }

  public synchronized boolean contains(String docId) {
    return byId.containsKey(docId);
  }

  public synchronized void clear() {
    docRows.clear();
    byId.clear();
    sentences.clear();
    tokens.clear();
    mentions.clear();
    localEntities.clear();
    aliases.clear();
    entitiesStale = true;
    docsStale = true;
  }

  public synchronized Table get(String name) {
    return switch (name) {
      case DOCS -> docs();
      case SENTENCES -> sentences;
      case TOKENS -> tokens;
      case MENTIONS -> mentions;
      case ENTITIES -> entities();
      default -> null;
    };
  }

  /** The corpus's aliases; call {@link #relink} after changing them. */
  public AliasTable aliases() {
    return aliases;
  }

  private String aliasesFingerprint() {
    return new java.util.TreeMap<>(aliases.entries()).toString();
  }

  /** Rewrites the entity column from the document-level names and the current aliases. */
  public synchronized void relink() {
    StringColumn docIds = mentions.stringColumn(DOC);
    StringColumn entity = mentions.stringColumn(ENTITY);
    Map<String, Integer> next = new HashMap<>();
    for (int i = 0; i < mentions.rowCount(); i++) {
      String doc = docIds.get(i);
      int k = next.merge(doc, 1, Integer::sum) - 1;
      List<String> local = localEntities.get(doc);
      if (local != null && k < local.size()) entity.set(i, aliases.resolve(local.get(k)));
    }
    entitiesStale = true;
  }

  private Table entities() {
    if (entitiesStale) {
      entities = EntityTable.build(mentions);
      entitiesStale = false;
    }
    return entities;
  }

  public synchronized List<Document> documents() {
    return docRows.stream().map(DocRow::doc).toList();
  }

  public synchronized Map<String, Table> all() {
    Map<String, Table> out = new LinkedHashMap<>();
    for (String n : NAMES) out.put(n, get(n));
    return out;
  }

  private Table docs() {
    if (docsStale) {
      docs = buildDocs();
      docsStale = false;
    }
    return docs;
  }

  private Table buildDocs() {
    Set<String> extra = new LinkedHashSet<>();
    for (DocRow r : docRows) extra.addAll(r.doc().metadata().keySet());
    extra.removeAll(List.of(DOC, PATH, TITLE, DATE, SOURCE, COUNT_SENTENCES, COUNT_TOKENS, COUNT_MENTIONS, "id"));
    Table t = Table.create(DOCS, StringColumn.create(DOC), StringColumn.create(PATH), StringColumn.create(TITLE),
        DateColumn.create(DATE), StringColumn.create(SOURCE));
    for (String key : extra) t.addColumns(StringColumn.create(key));
    t.addColumns(IntColumn.create(COUNT_SENTENCES), IntColumn.create(COUNT_TOKENS), IntColumn.create(COUNT_MENTIONS));
    for (DocRow r : docRows) {
      Document d = r.doc();
      t.stringColumn(DOC).append(d.id());
      t.stringColumn(PATH).append(d.path());
      t.stringColumn(TITLE).append(d.title());
      t.dateColumn(DATE).append(parseDate(d.metadata().get(DATE)));
      t.stringColumn(SOURCE).append(d.metadata().getOrDefault(SOURCE, ""));
      for (String key : extra) t.stringColumn(key).append(d.metadata().getOrDefault(key, ""));
      t.intColumn(COUNT_SENTENCES).append(r.sentences());
      t.intColumn(COUNT_TOKENS).append(r.tokens());
      t.intColumn(COUNT_MENTIONS).append(r.mentions());
    }
    return t;
  }

  /** ISO dates, and ISO date-times cut to the day; anything else is missing rather than a failed load. */
  static LocalDate parseDate(String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
