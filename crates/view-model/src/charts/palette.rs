//! The colours the chart canvases paint with, light and dark, matching `style/main.css`.

use crate::charts::marks::MarkKind;

/// Colours of the canvas, matching the CSS variables of `style/main.css`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Canvas background.
    pub bg: (u8, u8, u8),
    /// Axis labels and the crosshair.
    pub text: (u8, u8, u8),
    /// Grid lines.
    pub grid: (u8, u8, u8),
    /// Axis lines.
    pub axis: (u8, u8, u8),
    /// Target tracking alarm lines and ALARM bands.
    pub alarm: (u8, u8, u8),
    /// Step and simple policies' alarm lines.
    pub policy: (u8, u8, u8),
    /// CloudWatch's series order: blue, orange, green, red, purple.
    pub series: [(u8, u8, u8); 5],
}

impl Palette {
    /// The light palette, or the dark one when `dark`.
    pub fn new(dark: bool) -> Self {
        if dark {
            Palette {
                bg: (0x16, 0x1b, 0x22),
                text: (0x9d, 0xa7, 0xb3),
                grid: (0x30, 0x36, 0x3d),
                axis: (0x5f, 0x6b, 0x7a),
                alarm: (0xff, 0x7b, 0x72),
                policy: (0xf0, 0x88, 0x3e),
                series: [
                    (0x58, 0xa6, 0xff),
                    (0xff, 0xa6, 0x57),
                    (0x3f, 0xb9, 0x50),
                    (0xff, 0x7b, 0x72),
                    (0xd2, 0xa8, 0xff),
                ],
            }
        } else {
            Palette {
                bg: (0xff, 0xff, 0xff),
                text: (0x5f, 0x6b, 0x7a),
                grid: (0xe9, 0xeb, 0xed),
                axis: (0xb6, 0xbe, 0xc9),
                alarm: (0xd9, 0x15, 0x15),
                policy: (0xd4, 0x6b, 0x08),
                series: [
                    (0x1f, 0x77, 0xb4),
                    (0xff, 0x7f, 0x0e),
                    (0x2c, 0xa0, 0x2c),
                    (0xd6, 0x27, 0x28),
                    (0x94, 0x67, 0xbd),
                ],
            }
        }
    }

    /// The colour of a mark line.
    pub fn mark(&self, kind: MarkKind) -> (u8, u8, u8) {
        match kind {
            MarkKind::High | MarkKind::Low => self.alarm,
            MarkKind::Policy => self.policy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palettes_differ_by_scheme() {
        let (l, d) = (Palette::new(false), Palette::new(true));
        assert_eq!(l.bg, (255, 255, 255));
        assert_ne!(l.bg, d.bg);
        assert_eq!(l.mark(MarkKind::Low), l.alarm);
        assert_eq!(d.mark(MarkKind::Policy), d.policy);
    }
}
