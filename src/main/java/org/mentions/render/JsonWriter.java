package org.mentions.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A JSON array of row objects; numbers stay numbers, missing values are null. */
public final class JsonWriter implements TableWriter {
  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Table table, Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartArray();
    for (int r = 0; r < table.rowCount(); r++) {
      g.writeStartObject();
      for (Column<?> c : table.columns()) {
        g.writeFieldName(c.name());
        if (c.isMissing(r)) {
          g.writeNull();
        } else if (c.type() == ColumnType.INTEGER || c.type() == ColumnType.LONG || c.type() == ColumnType.SHORT) {
          g.writeNumber(((Number) c.get(r)).longValue());
        } else if (c.type() == ColumnType.DOUBLE || c.type() == ColumnType.FLOAT) {
          g.writeNumber(((Number) c.get(r)).doubleValue());
        } else if (c.type() == ColumnType.BOOLEAN) {
          g.writeBoolean((Boolean) c.get(r));
        } else {
          g.writeString(c.getString(r));
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeRaw('\n');
    g.flush();
  }
}
