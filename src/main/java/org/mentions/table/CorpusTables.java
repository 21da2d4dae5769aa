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
  private Table docs;
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
    for (int s = 0; s < ss.size(); s++) {
      Sentence sentence = ss.get(s);
      sentences.stringColumn(DOC).append(id);
      sentences.intColumn(SENTENCE).append(s);
      sentences.intColumn(START).append(sentence.start());
      sentences.intColumn(END).append(sentence.end());
      sentences.stringColumn(TEXT).append(text.substring(sentence.start(), sentence.end()));
      sentences.intColumn(COUNT_TOKENS).append(sentence.tokens().size());
      List<Token> ts = sentence.tokens();
      for (int t = 0; t < ts.size(); t++) {
        Token token = ts.get(t);
        tokens.stringColumn(DOC).append(id);
        tokens.intColumn(SENTENCE).append(s);
        tokens.intColumn(TOKEN).append(t);
        tokens.stringColumn(WORD).append(token.word());
        tokens.stringColumn(LEMMA).append(token.lemma());
        tokens.stringColumn(POS).append(token.pos());
        tokens.intColumn(START).append(token.start());
        tokens.intColumn(END).append(token.end());
      }
    }
    appendMentions(mentions, id, found, aliases);
    localEntities.put(id, found.stream().map(Mention::entity).toList());
    entitiesStale = true;
    docRows.add(new DocRow(doc, ss.size(), annotation.tokenCount(), found.size()));
    docs = buildDocs();
  }

  static void appendMentions(Table target, String id, List<Mention> found, AliasTable aliases) {
    for (Mention m : found) {
      target.stringColumn(DOC).append(id);
      target.intColumn(SENTENCE).append(m.sentence());
      target.intColumn(START).append(m.start());
      target.intColumn(END).append(m.end());
      target.intColumn(CHAR_START).append(m.charStart());
      target.intColumn(CHAR_END).append(m.charEnd());
      target.stringColumn(TEXT).append(m.text());
      target.stringColumn(TYPE).append(m.type());
      target.stringColumn(FINE_TYPE).append(m.fineType());
      target.stringColumn(ENTITY).append(aliases.resolve(m.entity()));
    }
  }

  /** Replaces a loaded document's metadata (a sidecar changed) without touching its annotation. */
  public synchronized void updateDocument(Document doc) {
    for (int i = 0; i < docRows.size(); i++) {
      DocRow r = docRows.get(i);
      if (r.doc().id().equals(doc.id())) docRows.set(i, new DocRow(doc, r.sentences(), r.tokens(), r.mentions()));
    }
    docs = buildDocs();
  }

  /** Removes a document's rows from every table, so a changed or re-annotated file replaces its old rows. */
  public synchronized void remove(String docId) {
    if (!contains(docId)) return;
    for (Table t : List.of(sentences, tokens, mentions)) {
      Table kept = t.where(t.stringColumn(DOC).isNotEqualTo(docId));
      t.clear();
      t.append(kept);
    }
    docRows.removeIf(r -> r.doc().id().equals(docId));
    localEntities.remove(docId);
    entitiesStale = true;
    docs = buildDocs();
  }

  public synchronized boolean contains(String docId) {
    return docRows.stream().anyMatch(r -> r.doc().id().equals(docId));
  }

  public synchronized void clear() {
    docRows.clear();
    sentences.clear();
    tokens.clear();
    mentions.clear();
    localEntities.clear();
    aliases.clear();
    entitiesStale = true;
    docs = buildDocs();
  }

  public synchronized Table get(String name) {
    return switch (name) {
      case DOCS -> docs;
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
