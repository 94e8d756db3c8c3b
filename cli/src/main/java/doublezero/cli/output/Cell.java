package doublezero.cli.output;

import com.fasterxml.jackson.databind.JsonNode;

/// One field of a display record: its header (the Rust field name or `tabled` rename), its table
/// text, its JSON value, and whether the table shows it (`#[tabled(skip)]` fields are JSON-only).
///
/// @param name JSON key (the Rust field name)
/// @param header table header (the `#[tabled(rename)]`, else the field name)
/// @param text table text
/// @param json JSON value
/// @param inTable whether the table shows the column
public record Cell(String name, String header, String text, JsonNode json, boolean inTable) {}
