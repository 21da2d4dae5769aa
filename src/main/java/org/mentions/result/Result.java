package org.mentions.result;

/**
 * What a command produces: a table, a message, a chart, an error, a file to write or a notebook. Front ends decide
 * how to show it.
 */
public sealed interface Result permits TableResult, MessageResult, ChartResult, ErrorResult, FileResult, QuitResult,
    Notebook {}
