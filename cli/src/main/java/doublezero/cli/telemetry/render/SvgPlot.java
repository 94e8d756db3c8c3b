package doublezero.cli.telemetry.render;

import doublezero.cli.telemetry.stats.LatencySample;
import doublezero.cli.telemetry.stats.LatencyUnit;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// `--plot FILE.svg` (beyond the reference): RTT over time, one panel per circuit on a shared time
/// axis. Each circuit is one `<g class="series" data-circuit="…">` holding a `<path class="rtt">`
/// (broken at every loss) and one `<line class="loss">` tick per lost sample, so a bad hour shows
/// as a gap with red ticks. Written whole or not at all ([FileOutput]).
public final class SvgPlot {
  static final int WIDTH = 960;
  static final int PANEL = 140;
  static final int LEFT = 80;
  static final int RIGHT = 20;
  static final int TOP = 40;
  static final int GAP = 36;

  private SvgPlot() {}

  /// @param file the destination
  /// @param title the heading (environment and window)
  /// @param samples each circuit's samples, keyed by circuit code, in display order
  /// @param unit the unit of the RTT axis
  /// @throws doublezero.cli.error.CliException when the file cannot be written
  public static void write(
      Path file, String title, Map<String, List<LatencySample>> samples, LatencyUnit unit) {
    String svg = render(title, samples, unit);
    FileOutput.replace(file, "plot file", w -> w.write(svg));
  }

  /// @param title the heading
  /// @param samples each circuit's samples, keyed by circuit code, in display order
  /// @param unit the unit of the RTT axis
  /// @return the SVG document
  public static String render(
      String title, Map<String, List<LatencySample>> samples, LatencyUnit unit) {
    long t0 = Long.MAX_VALUE;
    long t1 = Long.MIN_VALUE;
    for (List<LatencySample> l : samples.values()) {
      for (LatencySample s : l) {
        t0 = Math.min(t0, s.timestampMicros());
        t1 = Math.max(t1, s.timestampMicros());
      }
    }
    if (t0 > t1) {
      t0 = 0;
      t1 = 1;
    }
    int height = TOP + samples.size() * (PANEL + GAP) + 20;
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            fmt(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0"
                    + " %d %d\" font-family=\"sans-serif\" font-size=\"11\">\n",
                WIDTH, height, WIDTH, height))
        .append("<title>")
        .append(xml(title))
        .append("</title>\n")
        .append(fmt("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height))
        .append(fmt("<text x=\"%d\" y=\"20\" font-size=\"14\">", LEFT))
        .append(xml(title))
        .append("</text>\n");
    int i = 0;
    for (Map.Entry<String, List<LatencySample>> e : samples.entrySet()) {
      int y = TOP + i * (PANEL + GAP) + GAP / 2;
      panel(sb, e.getKey(), e.getValue(), unit, y, t0, t1);
      i++;
    }
    return sb.append("</svg>\n").toString();
  }

  private static void panel(
      StringBuilder sb,
      String circuit,
      List<LatencySample> samples,
      LatencyUnit unit,
      int top,
      long t0,
      long t1) {
    List<LatencySample> ordered =
        samples.stream().sorted(Comparator.comparingLong(LatencySample::timestampMicros)).toList();
    double max = ordered.stream().mapToDouble(s -> s.rttMicros() / unit.factor()).max().orElse(0);
    double yMax = max > 0 ? max * 1.1 : 1;
    int plotW = WIDTH - LEFT - RIGHT;
    int bottom = top + PANEL;
    long losses = ordered.stream().filter(LatencySample::loss).count();
    sb.append(fmt("<g class=\"series\" data-circuit=\"%s\">\n", xml(circuit)))
        .append(
            fmt(
                "<text x=\"%d\" y=\"%d\">%s (%d samples, %d lost)</text>\n",
                LEFT, top - 4, xml(circuit), ordered.size(), losses))
        .append(
            fmt(
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                    + " stroke=\"#999\"/>\n",
                LEFT, top, plotW, PANEL))
        .append(
            fmt(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s %s</text>\n",
                LEFT - 4, top + 10, GoFloat.fixed(yMax, 3), unit.label()))
        .append(fmt("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", LEFT - 4, bottom))
        .append(
            fmt("<text x=\"%d\" y=\"%d\">%s</text>\n", LEFT, bottom + 14, GoFloat.rfc3339Nano(t0)))
        .append(
            fmt(
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                LEFT + plotW, bottom + 14, GoFloat.rfc3339Nano(t1)));
    StringBuilder path = new StringBuilder();
    StringBuilder ticks = new StringBuilder();
    boolean pen = false;
    for (LatencySample s : ordered) {
      double x = LEFT + plotW * (double) (s.timestampMicros() - t0) / Math.max(1, t1 - t0);
      if (s.loss()) {
        pen = false;
        ticks.append(
            fmt(
                "<line class=\"loss\" x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\""
                    + " stroke=\"#d62728\"/>\n",
                x, bottom, x, bottom - 10));
        continue;
      }
      double y = bottom - PANEL * (s.rttMicros() / unit.factor()) / yMax;
      path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(fmt("%.2f %.2f", x, y));
      pen = true;
    }
    if (!path.isEmpty()) {
      sb.append("<path class=\"rtt\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"1\" d=\"")
          .append(path)
          .append("\"/>\n");
    }
    sb.append(ticks).append("</g>\n");
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
