package doublezero.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;

/// The CLI's one JSON writer: `--json` is pretty-printed the way serde_json's `to_string_pretty`
/// writes it (two-space indent, `"key": value`), `--json-compact` is one line.
public final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter PRETTY = MAPPER.writer(new SerdePrettyPrinter());

  private JsonOutput() {}

  /// @param node any JSON value
  /// @return it pretty-printed
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON tree cannot fail to serialise", e);
    }
  }

  /// @param node any JSON value
  /// @return it on one line
  public static String compact(JsonNode node) {
    return node.toString();
  }

  /// Jackson's pretty printer with serde_json's spacing: `"key": value`, two-space indent, `[]` and
  /// `{}` when empty.
  private static final class SerdePrettyPrinter extends DefaultPrettyPrinter {
    SerdePrettyPrinter() {
      super(DefaultPrettyPrinter.DEFAULT_ROOT_VALUE_SEPARATOR);
      _separators =
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
      _objectFieldValueSeparatorWithSpaces = ": ";
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = new DefaultIndenter("  ", "\n");
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new SerdePrettyPrinter();
    }

    @Override
    public void writeEndArray(com.fasterxml.jackson.core.JsonGenerator g, int nrOfValues)
        throws IOException {
      if (!_arrayIndenter.isInline()) {
        --_nesting;
      }
      if (nrOfValues > 0) {
        _arrayIndenter.writeIndentation(g, _nesting);
      }
      g.writeRaw(']');
    }

    @Override
    public void writeEndObject(com.fasterxml.jackson.core.JsonGenerator g, int nrOfEntries)
        throws IOException {
      if (!_objectIndenter.isInline()) {
        --_nesting;
      }
      if (nrOfEntries > 0) {
        _objectIndenter.writeIndentation(g, _nesting);
      }
      g.writeRaw('}');
    }
  }
}
