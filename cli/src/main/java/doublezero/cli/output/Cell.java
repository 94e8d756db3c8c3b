package doublezero.cli.output;

import com.fasterxml.jackson.databind.JsonNode;

/// One field of a display record: its header (the Rust field name or `tabled` rename), its table text, its JSON
/// value, and whether the table shows it (`#[tabled(skip)]` fields are JSON-only).
///
/// @param name    header / JSON key
/// @param text    table text
/// @param json    JSON value
/// @param inTable whether the table shows the column
public record Cell(String name, String text, JsonNode json, boolean inTable) {}
