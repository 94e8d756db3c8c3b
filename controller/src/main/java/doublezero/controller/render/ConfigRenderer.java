package doublezero.controller.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/// Renders a device's EOS configuration with the Pebble template `eos-config.peb` (reference
/// `controlplane/controller/internal/controller/render.go` + `templates/tunnel.tmpl`, §B.7). The
/// output is byte-identical to the reference's for the same [RenderInput]. Thread-safe; build one
/// and share it.
public final class ConfigRenderer {
  private static final String TEMPLATE = "doublezero/controller/render/eos-config.peb";
  private final PebbleTemplate template;

  /// Compiles the template.
  public ConfigRenderer() {
    this(TEMPLATE);
  }

  /// Compiles another Pebble template with the same engine settings and model (tests use one that
  /// fails, to see GetConfig's ABORTED).
  ///
  /// @param classpathTemplate the template's class-path resource name
  /// @throws PebbleException when it is missing or does not parse
  public ConfigRenderer(String classpathTemplate) {
    PebbleEngine engine =
        new PebbleEngine.Builder()
            .autoEscaping(false)
            .newLineTrimming(false)
            .strictVariables(true)
            .cacheActive(false)
            .build();
    this.template = engine.getTemplate(classpathTemplate);
  }

  /// @param input what to render
  /// @return the configuration text, newline-terminated
  /// @throws RenderException when the template cannot be evaluated on this input
  public String render(RenderInput input) {
    RenderView view = RenderView.of(input);
    Map<String, Object> context = new HashMap<>();
    for (RecordComponent c : RenderView.class.getRecordComponents()) {
      try {
        context.put(c.getName(), c.getAccessor().invoke(view));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
    }
    StringWriter out = new StringWriter(256 * 1024);
    try {
      template.evaluate(out, context);
    } catch (PebbleException e) {
      throw new RenderException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
