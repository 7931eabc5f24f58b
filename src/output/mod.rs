//! Rendering views for people (tables) and machines (JSON, key/value lines).
//!
//! Knows nothing of HTTP: commands fetch, this module prints.

pub mod report;
pub mod settings;

use crate::error::Error;
use crate::io::Io;
use clap::ValueEnum;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table};
use serde::Serialize;

/// `-o/--output`: how a command prints its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables on a terminal, stable `key<TAB>value` lines on a pipe.
    Table,
    /// One JSON document.
    Json,
    /// Comma-separated values (reports and billings).
    Csv,
    /// TOML (settings export).
    Toml,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Toml => "toml",
        }
    }

    /// Fails unless the command supports this format.
    pub fn expect_one_of(self, supported: &[Format]) -> Result<Format, Error> {
        if supported.contains(&self) {
            Ok(self)
        } else {
            let names: Vec<&str> = supported.iter().map(|f| f.as_str()).collect();
            Err(Error::usage(format!(
                "this command cannot print --output {}",
                self.as_str()
            ))
            .with_hint(format!("use one of: {}", names.join(", "))))
        }
    }
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize>(io: &Io, value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::failure(format!("cannot encode JSON: {e}")))?;
    io.outln(&text)
}

/// A table styled for this terminal (or plain for a pipe).
pub fn new_table(io: &Io) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    // Our colour policy (NO_COLOR, TERM=dumb, CLICOLOR_FORCE) decides styling,
    // not comfy-table's own TTY check; the terminal width is kept for fitting.
    // Some terminals report 0 columns (e.g. under `script`): assume 80 then.
    let width = if io.stdout_is_tty {
        Some(table.width().filter(|w| *w > 0).unwrap_or(80))
    } else {
        None
    };
    table.force_no_tty();
    if let Some(width) = width {
        table.set_width(width);
    }
    if io.color {
        table.enforce_styling();
    }
    table
}

/// `on`/`off` for a boolean as a table cell, green/dim where the table is styled.
///
/// Colour goes through comfy-table's cell styling, never as escape codes inside
/// the text, so column widths stay right.
pub fn on_off(value: bool) -> Cell {
    if value {
        Cell::new("on").fg(Color::Green)
    } else {
        Cell::new("off").add_attribute(Attribute::Dim)
    }
}
