package doublezero.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import doublezero.sdk.serviceability.state.WireEnum;
import doublezero.sdk.solana.key.PublicKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/// A display record built field by field, in the reference struct's order: what one list row or one
/// `get` shows (reference `#[derive(Tabled, Serialize)]` structs in
/// `smartcontract/cli/src/*/{list,get}.rs`).
public final class Display {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final List<Cell> cells = new ArrayList<>();

  /// @param name header
  /// @param value text, in the table and as a JSON string
  /// @return this
  public Display text(String name, String value) {
    cells.add(new Cell(name, name, value, JSON.textNode(value), true));
    return this;
  }

  /// @param name header
  /// @param key a key, base58 in both forms
  /// @return this
  public Display key(String name, PublicKey key) {
    return text(name, key.toBase58());
  }

  /// @param name header
  /// @param value an unsigned integer below 2^63, a JSON number
  /// @return this
  public Display number(String name, long value) {
    cells.add(new Cell(name, name, Long.toString(value), JSON.numberNode(value), true));
    return this;
  }

  /// @param name header
  /// @param value an unsigned 64-bit integer, a JSON number
  /// @return this
  public Display u64(String name, long value) {
    cells.add(
        new Cell(
            name,
            name,
            Long.toUnsignedString(value),
            JSON.numberNode(new BigInteger(Long.toUnsignedString(value))),
            true));
    return this;
  }

  /// @param name header
  /// @param value a float: Rust `Display` in the table (`15`), serde in JSON (`15.0`)
  /// @return this
  public Display decimal(String name, double value) {
    cells.add(new Cell(name, name, Formats.f64(value), JSON.numberNode(value), true));
    return this;
  }

  /// @param name header
  /// @param value a bool
  /// @return this
  public Display bool(String name, boolean value) {
    cells.add(new Cell(name, name, Boolean.toString(value), JSON.booleanNode(value), true));
    return this;
  }

  /// A list-display enum: the Rust `Display` in the table, the serde variant name in JSON.
  ///
  /// @param name header
  /// @param value the enum
  /// @return this
  public Display variant(String name, WireEnum value) {
    cells.add(new Cell(name, name, value.rustDisplay(), JSON.textNode(value.variantName()), true));
    return this;
  }

  /// @param name header
  /// @param text table text
  /// @param json JSON value
  /// @return this
  public Display custom(String name, String text, JsonNode json) {
    cells.add(new Cell(name, name, text, json, true));
    return this;
  }

  /// Marks the last added field as JSON-only (`#[tabled(skip)]`).
  ///
  /// @return this
  public Display hidden() {
    Cell c = cells.removeLast();
    cells.add(new Cell(c.name(), c.header(), c.text(), c.json(), false));
    return this;
  }

  /// Gives the last added field another table header (`#[tabled(rename = "…")]`); the JSON key
  /// stays.
  ///
  /// @param header the table header
  /// @return this
  public Display rename(String header) {
    Cell c = cells.removeLast();
    cells.add(new Cell(c.name(), header, c.text(), c.json(), c.inTable()));
    return this;
  }

  /// @return the fields in order
  public List<Cell> cells() {
    return List.copyOf(cells);
  }

  /// @return the table headers
  public List<String> headers() {
    return cells.stream().filter(Cell::inTable).map(Cell::header).toList();
  }

  /// @return the table cells
  public List<String> row() {
    return cells.stream().filter(Cell::inTable).map(Cell::text).toList();
  }

  /// @return the JSON object of every field, in order
  public ObjectNode json() {
    ObjectNode o = JSON.objectNode();
    cells.forEach(c -> o.set(c.name(), c.json()));
    return o;
  }

  /// @param name a field name
  /// @return its JSON value, or null
  public JsonNode jsonOf(String name) {
    return cells.stream()
        .filter(c -> c.name().equals(name))
        .map(Cell::json)
        .findFirst()
        .orElse(null);
  }
}
