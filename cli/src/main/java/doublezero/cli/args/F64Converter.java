package doublezero.cli.args;

import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// Picocli converter: a Rust `f64` argument parsed as `f64::from_str` does (clap's default for
/// `f64`): an optional sign, then digits with an optional point and exponent, or `inf`, `infinity`,
/// `nan` in any case. Java-only forms (`1d`, `0x1p3`, surrounding blanks) are refused. A rejected
/// value is a usage error (exit code 2).
public final class F64Converter implements ITypeConverter<Double> {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  @Override
  public Double convert(String value) {
    String unsigned = value.startsWith("+") || value.startsWith("-") ? value.substring(1) : value;
    String word = unsigned.toLowerCase(Locale.ROOT);
    if (word.equals("inf") || word.equals("infinity")) {
      return value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (word.equals("nan")) {
      return Double.NaN;
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw new TypeConversionException("invalid value '" + value + "': invalid float literal");
    }
    return Double.parseDouble(value);
  }
}
