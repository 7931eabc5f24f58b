//! QR codes drawn in the terminal, so an authenticator app can scan them.
//!
//! The matrix comes from the `qrcode` crate; drawing is ours, with the quiet
//! zone of 4 modules the QR specification asks for (qr2term draws 2, which
//! some scanners reject). Two styles, each packing two QR rows into one line:
//!
//! - [`Style::Color`]: `▀` with an explicit 256-colour foreground (top module)
//!   and background (bottom module), black on white whatever the terminal's
//!   theme. Only where colour is allowed.
//! - [`Style::Blocks`]: the dense 1×2 block characters `█ ▀ ▄` and space. The
//!   glyphs alone carry the code, so it scans with `NO_COLOR` and `TERM=dumb`.
//!   Ink draws dark modules; `invert` makes ink draw light modules instead,
//!   for terminals with light text on a dark background.
//!
//! The result is a `String`: callers write it through [`crate::io::Io`], never
//! through a printer that panics on a broken pipe.

use crate::error::Error;
use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, on every side (QR specification: 4).
pub const QUIET_ZONE: usize = 4;

/// 256-colour palette index of pure black (the colour cube's 0,0,0).
const BLACK: u8 = 16;
/// 256-colour palette index of pure white (the colour cube's 5,5,5).
const WHITE: u8 = 231;

/// How to draw the modules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Half blocks with explicit black and white colours.
    Color,
    /// Block characters only (`█ ▀ ▄` and space), no escape sequences.
    Blocks { invert: bool },
}

/// A QR code with its quiet zone: `size × size` modules, `true` = dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    size: usize,
    dark: Vec<bool>,
}

impl Matrix {
    /// Encodes `data` (low error correction keeps the code small on screen;
    /// a terminal draws crisp modules).
    pub fn encode(data: &str) -> Result<Matrix, Error> {
        let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L)
            .map_err(|e| Error::failure(format!("cannot draw the QR code: {e}")))?;
        let inner = code.width();
        let size = inner + 2 * QUIET_ZONE;
        let mut dark = vec![false; size * size];
        for (i, color) in code.to_colors().into_iter().enumerate() {
            let (x, y) = (i % inner, i / inner);
            dark[(y + QUIET_ZONE) * size + x + QUIET_ZONE] = color == Color::Dark;
        }
        Ok(Matrix { size, dark })
    }

    /// Modules per side, quiet zone included.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark (outside is light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// Terminal columns the drawing takes.
    pub fn columns(&self) -> usize {
        self.size
    }

    /// Terminal lines the drawing takes (two rows per line).
    pub fn lines(&self) -> usize {
        self.size.div_ceil(2)
    }

    /// Draws the code, one terminal line per two rows, each line ending in `\n`.
    pub fn render(&self, style: Style) -> String {
        let mut out = String::with_capacity(self.lines() * (self.size * 4 + 8));
        for line in 0..self.lines() {
            let (top, bottom) = (2 * line, 2 * line + 1);
            match style {
                Style::Color => self.color_line(top, bottom, &mut out),
                Style::Blocks { invert } => {
                    for x in 0..self.size {
                        let ink = |y| self.is_dark(x, y) != invert;
                        out.push(match (ink(top), ink(bottom)) {
                            (true, true) => '█',
                            (true, false) => '▀',
                            (false, true) => '▄',
                            (false, false) => ' ',
                        });
                    }
                }
            }
            out.push('\n');
        }
        out
    }

    fn color_line(&self, top: usize, bottom: usize, out: &mut String) {
        let color = |dark: bool| if dark { BLACK } else { WHITE };
        let mut current = None;
        for x in 0..self.size {
            // Past the last row (odd size) the bottom half is quiet zone: white.
            let pair = (color(self.is_dark(x, top)), color(self.is_dark(x, bottom)));
            if current != Some(pair) {
                out.push_str(&format!("\x1b[38;5;{};48;5;{}m", pair.0, pair.1));
                current = Some(pair);
            }
            out.push('▀');
        }
        out.push_str("\x1b[0m");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URI: &str = "otpauth://totp/Teliqon:demo@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Teliqon&algorithm=SHA1&digits=6&period=30";

    /// Decodes a module grid (dark = true) with rqrr, 4 pixels per module.
    fn decode(size: usize, dark: impl Fn(usize, usize) -> bool) -> Option<String> {
        const SCALE: usize = 4;
        let side = size * SCALE;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if dark(x / SCALE, y / SCALE) { 0 } else { 255 }
        });
        let grids = image.detect_grids();
        grids
            .first()
            .and_then(|g| g.decode().ok())
            .map(|(_, text)| text)
    }

    /// Reads the block glyphs back into modules (`invert`: ink is light).
    fn parse_blocks(text: &str, invert: bool) -> (usize, Vec<Vec<bool>>) {
        let mut rows = Vec::new();
        for line in text.lines() {
            let (mut top, mut bottom) = (Vec::new(), Vec::new());
            for c in line.chars() {
                let (t, b) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected glyph {other:?}"),
                };
                top.push(t != invert);
                bottom.push(b != invert);
            }
            rows.push(top);
            rows.push(bottom);
        }
        (rows[0].len(), rows)
    }

    #[test]
    fn matrix_has_a_quiet_zone_of_four_light_modules() {
        let matrix = Matrix::encode(URI).unwrap();
        let size = matrix.size();
        for i in 0..size {
            for q in 0..QUIET_ZONE {
                assert!(!matrix.is_dark(i, q) && !matrix.is_dark(i, size - 1 - q));
                assert!(!matrix.is_dark(q, i) && !matrix.is_dark(size - 1 - q, i));
            }
        }
        // The finder pattern starts right after the quiet zone.
        assert!(matrix.is_dark(QUIET_ZONE, QUIET_ZONE));
        assert_eq!(matrix.lines(), size.div_ceil(2));
    }

    #[test]
    fn block_drawing_decodes_to_the_exact_uri() {
        let matrix = Matrix::encode(URI).unwrap();
        let text = matrix.render(Style::Blocks { invert: false });
        assert!(!text.contains('\x1b'));
        assert_eq!(text.lines().count(), matrix.lines());
        assert!(text.lines().all(|l| l.chars().count() == matrix.columns()));
        let (size, rows) = parse_blocks(&text, false);
        assert_eq!(decode(size, |x, y| rows[y][x]).as_deref(), Some(URI));
    }

    #[test]
    fn inverted_blocks_swap_ink_and_still_decode() {
        let matrix = Matrix::encode(URI).unwrap();
        let plain = matrix.render(Style::Blocks { invert: false });
        let inverted = matrix.render(Style::Blocks { invert: true });
        // Every glyph is the complement of the plain one.
        let complement = |c| match c {
            '█' => ' ',
            ' ' => '█',
            '▀' => '▄',
            '▄' => '▀',
            other => other,
        };
        assert_eq!(inverted, plain.chars().map(complement).collect::<String>());
        // The quiet zone is drawn in ink now (it is light).
        assert!(inverted.lines().next().unwrap().chars().all(|c| c == '█'));
        let (size, rows) = parse_blocks(&inverted, true);
        assert_eq!(decode(size, |x, y| rows[y][x]).as_deref(), Some(URI));
    }

    #[test]
    fn color_drawing_paints_black_on_white_and_decodes() {
        let matrix = Matrix::encode(URI).unwrap();
        let text = matrix.render(Style::Color);
        assert_eq!(text.lines().count(), matrix.lines());
        // Each line: `▀` cells, with fg = top module and bg = bottom module.
        let mut rows: Vec<Vec<bool>> = Vec::new();
        for line in text.lines() {
            assert!(line.ends_with("\x1b[0m"), "{line:?}");
            let (mut top, mut bottom) = (Vec::new(), Vec::new());
            let mut colors = (0u8, 0u8);
            let mut rest = line;
            while let Some(c) = rest.chars().next() {
                if let Some(seq) = rest.strip_prefix("\x1b[") {
                    let end = seq.find('m').unwrap();
                    let params: Vec<&str> = seq[..end].split(';').collect();
                    if params.len() == 6 {
                        colors = (params[2].parse().unwrap(), params[5].parse().unwrap());
                    }
                    rest = &seq[end + 1..];
                    continue;
                }
                assert_eq!(c, '▀');
                top.push(colors.0 == BLACK);
                bottom.push(colors.1 == BLACK);
                rest = &rest[c.len_utf8()..];
            }
            rows.push(top);
            rows.push(bottom);
        }
        let size = matrix.size();
        assert_eq!(rows[0].len(), size);
        for (y, row) in rows.iter().take(size).enumerate() {
            for (x, dark) in row.iter().enumerate() {
                assert_eq!(*dark, matrix.is_dark(x, y));
            }
        }
        assert_eq!(decode(size, |x, y| rows[y][x]).as_deref(), Some(URI));
    }
}
