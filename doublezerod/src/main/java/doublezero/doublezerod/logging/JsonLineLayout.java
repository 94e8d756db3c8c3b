package doublezero.doublezerod.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.slf4j.event.KeyValuePair;

/// One JSON object per log event on one line, shaped like Go's `slog` JSON handler the reference
/// uses: `{"time":"2026-01-01T00:00:00.123Z","level":"INFO","msg":"…", <key>: <value>…}`; an
/// exception adds `"error"`. Key/value pairs come from slf4j 2's fluent API
/// (`LOG.atInfo().addKeyValue(k, v).log(msg)`); numbers and booleans stay JSON numbers and
/// booleans, everything else is its string form.
public final class JsonLineLayout extends LayoutBase<ILoggingEvent> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String doLayout(ILoggingEvent event) {
    ObjectNode o = JSON.createObjectNode();
    o.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
    o.put("level", event.getLevel().toString());
    o.put("msg", event.getFormattedMessage());
    if (event.getKeyValuePairs() != null) {
      for (KeyValuePair kv : event.getKeyValuePairs()) {
        switch (kv.value) {
          case null -> o.putNull(kv.key);
          case Integer i -> o.put(kv.key, i);
          case Long l -> o.put(kv.key, l);
          case Double d -> o.put(kv.key, d);
          case Boolean b -> o.put(kv.key, b);
          default -> o.put(kv.key, kv.value.toString());
        }
      }
    }
    IThrowableProxy t = event.getThrowableProxy();
    if (t != null) {
      o.put("error", t.getClassName() + ": " + t.getMessage());
    }
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      return "{\"level\":\"ERROR\",\"msg\":\"log encoding failed\"}\n";
    }
  }
}
