package org.mentions.lang;

import java.util.List;

/** A where-expression. Leaves compare one column with literal values. */
public sealed interface Expr {
  record Compare(String column, Span columnSpan, String op, Literal value) implements Expr {}

  record In(String column, Span columnSpan, List<Literal> values) implements Expr {}

  record And(Expr left, Expr right) implements Expr {}

  record Or(Expr left, Expr right) implements Expr {}

  record Not(Expr inner) implements Expr {}

  /** A literal as written: {@code quoted} tells "10" (text) from 10 (number) where it matters. */
  record Literal(String text, boolean quoted, boolean number, Span span) {}
}
