package org.mentions.lang;

/** What a slot of a command expects; drives both validation and completion. */
public enum ArgKind {
  /** A base table or a named result. */
  TABLE,
  /** A column of the command's table. */
  COLUMN,
  /** A where-expression over the command's table. */
  EXPRESSION,
  /** A file or folder path. */
  PATH,
  /** A canonical entity name (quoted when it has spaces). */
  ENTITY,
  /** A word, phrase or entity to search for. */
  TERM,
  /** A coarse entity type such as person. */
  TYPE,
  NUMBER,
  /** A new name for a result. */
  NAME,
  /** A command name (for help). */
  COMMAND,
  /** An option or setting name. */
  SETTING,
  /** Free text. */
  TEXT,
  /** No value: the keyword alone is the switch. */
  NONE
}
