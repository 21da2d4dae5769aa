package org.mentions.table;

/** The fixed table and column names users type; one place so commands, completion and docs agree. */
public final class Columns {
  private Columns() {}

  public static final String DOCS = "docs";
  public static final String SENTENCES = "sentences";
  public static final String TOKENS = "tokens";
  public static final String MENTIONS = "mentions";
  public static final String ENTITIES = "entities";

  public static final String DOC = "doc";
  public static final String PATH = "path";
  public static final String TITLE = "title";
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String SENTENCE = "sentence";
  public static final String TOKEN = "token";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TEXT = "text";
  public static final String WORD = "word";
  public static final String LEMMA = "lemma";
  public static final String POS = "pos";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";
  public static final String TYPE = "type";
  public static final String FINE_TYPE = "fine_type";
  public static final String ENTITY = "entity";
  public static final String COUNT_SENTENCES = "sentences";
  public static final String COUNT_TOKENS = "tokens";
  public static final String COUNT_MENTIONS = "mentions";
  public static final String COUNT_DOCS = "docs";
  public static final String ALIASES = "aliases";
}
