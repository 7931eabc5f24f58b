//! The clipboard through the terminal: the OSC 52 escape sequence.

use crate::error::Error;
use std::io::{IsTerminal, Write};

/// Sends `text` to the terminal's clipboard; needs a terminal to talk to.
pub fn to_clipboard(text: &str) -> Result<(), Error> {
    let sequence = format!("\x1b]52;c;{}\x07", base64(text.as_bytes()));
    let no_terminal = || {
        Error::failure("no terminal to copy to (OSC 52 needs one)").with_hint(
            "run it in a terminal, or use `teliqon api url` / `teliqon api token` in a script",
        )
    };
    match std::fs::OpenOptions::new().write(true).open("/dev/tty") {
        Ok(mut tty) => tty
            .write_all(sequence.as_bytes())
            .map_err(|_| no_terminal()),
        Err(_) if std::io::stderr().is_terminal() => std::io::stderr()
            .write_all(sequence.as_bytes())
            .map_err(|_| no_terminal()),
        Err(_) => Err(no_terminal()),
    }
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (input, expected) in vectors {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }
}
