//! The compact fleet: above [`COMPACT_AT`] instances each AZ lane draws its instances as small
//! cells on one canvas instead of a DOM tile each (a hundred live tiles cost the browser more
//! layout and paint per frame than the budget allows). Text stays first: each lane has a
//! summary line counting instances by state, every cell carries a letter for its state besides
//! its colour, and one chosen instance is shown as a full tile with its actions.
//!
//! ```text
//!  ┌ lane canvas ─────────────────────────┐
//!  │ [  ][  ][P ][W ][  ][  ][! ][  ] …   │  cell [CSS px] = CELL, gap = GAP
//!  │ [  ][T ][  ]                         │  CPU fills each cell from the bottom
//!  └──────────────────────────────────────┘
//! ```

use crate::fleet::tile::{cpu_pct, state_class, state_text};
use crate::i18n::{fill, tr, Lang, Text};
use asg_engine::{InstanceId, InstanceView};

/// Above this many instances in the group the fleet turns compact …
pub const COMPACT_AT: usize = 24;
/// … and back to tiles at or below this many (a gap, so a group hovering at the limit does not
/// flip between the two views every few seconds).
pub const TILES_AT: usize = 20;
/// Side of a cell [CSS px].
pub const CELL: f64 = 18.0;
/// Space between cells [CSS px].
pub const GAP: f64 = 3.0;

/// Whether the fleet is drawn compact, given the instance count and the current choice.
pub fn compact(instances: usize, was_compact: bool) -> bool {
    if was_compact {
        instances > TILES_AT
    } else {
        instances > COMPACT_AT
    }
}

/// One instance as a cell: what its drawing depends on, nothing more (compared every frame,
/// so a lane redraws only when something visible changed).
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The instance it stands for.
    pub id: InstanceId,
    /// The tile class ("inservice", "pending", …): the colour.
    pub class: &'static str,
    /// The state as a letter, so colour is never the only signal ("" for plain InService).
    pub letter: &'static str,
    /// CPU utilisation, rounded [%].
    pub cpu_pct: u8,
}

impl Cell {
    /// The cell of instance `i`.
    pub fn of(i: &InstanceView) -> Self {
        let class = state_class(i);
        Cell { id: i.id, class, letter: letter(class), cpu_pct: cpu_pct(i) }
    }
}

/// The letter drawn in a cell of the given tile class.
pub fn letter(class: &str) -> &'static str {
    match class {
        "pending" => "P",
        "warming" => "W",
        "unhealthy" => "!",
        "terminating" | "terminated" => "T",
        _ => "",
    }
}

/// The legend under the lanes: every letter with its state (no-break spaces keep each entry
/// on one line).
pub fn legend(lang: Lang) -> &'static str {
    tr(lang, Text::GridLegend)
}

/// The picker of the compact fleet: (its label, the empty choice, the hint under it).
pub fn picker_texts(lang: Lang) -> [&'static str; 3] {
    [Text::PickerLabel, Text::PickerNone, Text::PickerHint].map(|key| tr(lang, key))
}

/// The cells of one AZ, in the snapshot's order (the order the particles use too).
pub fn lane_cells(instances: &[InstanceView], az: usize) -> Vec<Cell> {
    instances.iter().filter(|i| i.az == az).map(Cell::of).collect()
}

/// Where the cells go on a lane canvas of a given width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    /// Cells per row.
    pub cols: usize,
    /// Rows of cells (at least one).
    pub rows: usize,
}

impl Grid {
    /// The grid for `n` cells in `width` [CSS px] (at least one column, at least one row so an
    /// empty lane keeps its height).
    pub fn new(n: usize, width: f64) -> Self {
        let w = if width.is_finite() { width.max(0.0) } else { 0.0 };
        let cols = (((w + GAP) / (CELL + GAP)).floor() as usize).max(1);
        Grid { cols, rows: n.div_ceil(cols).max(1) }
    }

    /// Height of the canvas [CSS px].
    pub fn height(&self) -> f64 {
        self.rows as f64 * (CELL + GAP) - GAP
    }

    /// Top-left corner of cell `k` [CSS px].
    pub fn origin(&self, k: usize) -> (f64, f64) {
        ((k % self.cols) as f64 * (CELL + GAP), (k / self.cols) as f64 * (CELL + GAP))
    }

    /// The cell under a point of the canvas, if any (gaps and the empty end hit nothing).
    pub fn hit(&self, x: f64, y: f64, n: usize) -> Option<usize> {
        if !(x >= 0.0 && y >= 0.0) {
            return None;
        }
        let (c, r) = ((x / (CELL + GAP)) as usize, (y / (CELL + GAP)) as usize);
        let inside = x - c as f64 * (CELL + GAP) < CELL && y - r as f64 * (CELL + GAP) < CELL;
        let k = r * self.cols + c;
        (inside && c < self.cols && k < n).then_some(k)
    }
}

/// Where each instance's cell is drawn, from the AZ of every instance in snapshot order (the
/// order each lane draws its cells in) and the width of each AZ's lane canvas [CSS px]: the
/// AZ and the cell's centre relative to that canvas [CSS px].
pub fn cell_centres(azs: &[usize], lane_width: impl Fn(usize) -> f64) -> Vec<(usize, f64, f64)> {
    // (az, its grid, cells placed so far)
    let mut lanes: Vec<(usize, Grid, usize)> = Vec::new();
    azs.iter()
        .map(|&az| {
            let k = lanes.iter().position(|l| l.0 == az).unwrap_or_else(|| {
                let n = azs.iter().filter(|&&a| a == az).count();
                lanes.push((az, Grid::new(n, lane_width(az)), 0));
                lanes.len() - 1
            });
            let (_, grid, placed) = &mut lanes[k];
            let (x, y) = grid.origin(*placed);
            *placed += 1;
            (az, x + CELL / 2.0, y + CELL / 2.0)
        })
        .collect()
}

/// "34 instances · InService 30 · Pending 2 · warming 2 · CPU 55 % avg": a lane read as text.
pub fn lane_summary(lang: Lang, cells: &[Cell]) -> String {
    let count = |class: &str| cells.iter().filter(|c| c.class == class).count();
    let n = cells.len();
    let mut s = fill(lang, Text::LaneInstances, &[("n", &n)]);
    let parts: [(&str, &str); 5] = [
        ("inservice", "InService"),
        ("pending", "Pending"),
        ("warming", tr(lang, Text::WarmingUp)),
        ("unhealthy", "Unhealthy"),
        ("terminating", "Terminating"),
    ];
    for (class, name) in parts {
        let n = count(class) + if class == "terminating" { count("terminated") } else { 0 };
        if n > 0 {
            s.push_str(&format!(" · {name} {n}"));
        }
    }
    if !cells.is_empty() {
        let avg = cells.iter().map(|c| c.cpu_pct as f64).sum::<f64>() / cells.len() as f64;
        s.push_str(" · ");
        s.push_str(&fill(lang, Text::CpuAverage, &[("avg", &format!("{avg:.0}"))]));
    }
    s
}

/// The text of an instance in the picker: `i-0a1b… · InService · CPU 55 %`.
pub fn pick_label(i: &InstanceView, lang: Lang) -> String {
    format!("{} · {} · CPU {} %", i.id, state_text(lang, i), cpu_pct(i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use asg_engine::{LifecycleState, Scenario, Sim, TargetState};

    fn instance() -> InstanceView {
        Sim::new(Scenario::default()).snapshot().instances[0].clone()
    }

    #[test]
    fn compact_has_a_gap_between_entering_and_leaving() {
        assert!(!compact(24, false));
        assert!(compact(25, false));
        assert!(compact(21, true), "stays compact until the fleet is clearly small");
        assert!(!compact(20, true));
    }

    #[test]
    fn grid_fits_columns_to_the_width() {
        let g = Grid::new(10, 4.0 * (CELL + GAP) - GAP);
        assert_eq!((g.cols, g.rows), (4, 3));
        assert_eq!(g.height(), 3.0 * (CELL + GAP) - GAP);
        assert_eq!(g.origin(5), (CELL + GAP, CELL + GAP));
        assert_eq!(Grid::new(0, 100.0).rows, 1, "an empty lane keeps one row");
        assert_eq!(Grid::new(3, f64::NAN).cols, 1);
        assert_eq!(Grid::new(3, -5.0).cols, 1);
    }

    #[test]
    fn hit_finds_the_cell_under_the_pointer() {
        let g = Grid::new(10, 4.0 * (CELL + GAP) - GAP);
        assert_eq!(g.hit(1.0, 1.0, 10), Some(0));
        assert_eq!(g.hit(CELL + GAP + 1.0, CELL + GAP + 1.0, 10), Some(5));
        assert_eq!(g.hit(CELL + 1.0, 1.0, 10), None, "the gap between cells");
        assert_eq!(g.hit(3.0 * (CELL + GAP) + 1.0, 2.0 * (CELL + GAP) + 1.0, 10), None, "past the last cell");
        assert_eq!(g.hit(-1.0, 1.0, 10), None);
        assert_eq!(g.hit(f64::NAN, 1.0, 10), None);
        assert_eq!(g.hit(4.0 * (CELL + GAP) + 1.0, 1.0, 10), None, "right of the last column");
    }

    #[test]
    fn every_state_but_plain_inservice_has_a_letter() {
        let mut i = instance();
        i.lifecycle = LifecycleState::InService;
        i.target_state = TargetState::Healthy;
        i.healthy = true;
        i.warming = false;
        assert_eq!(Cell::of(&i).letter, "");
        i.warming = true;
        assert_eq!(Cell::of(&i).letter, "W");
        i.healthy = false;
        assert_eq!(Cell::of(&i).letter, "!");
        i.healthy = true;
        i.lifecycle = LifecycleState::Pending;
        assert_eq!(Cell::of(&i).letter, "P");
        i.lifecycle = LifecycleState::Terminating;
        assert_eq!(Cell::of(&i).letter, "T");
        for class in ["pending", "warming", "unhealthy", "terminating"] {
            assert!(legend(Lang::En).contains(&format!("{}\u{a0}", letter(class))), "{class} is in the legend");
        }
    }

    #[test]
    fn cells_are_found_where_their_lane_draws_them() {
        let w = 3.0 * (CELL + GAP) - GAP; // three cells a row
        let c = cell_centres(&[0, 1, 0, 0, 0], |_| w);
        let h = CELL / 2.0;
        assert_eq!(c[0], (0, h, h));
        assert_eq!(c[1], (1, h, h), "the first of AZ 1 starts its own lane");
        assert_eq!(c[2], (0, CELL + GAP + h, h));
        assert_eq!(c[4], (0, h, CELL + GAP + h), "the fourth of AZ 0 starts a second row");
        assert!(cell_centres(&[], |_| w).is_empty());
    }

    #[test]
    fn lane_summary_counts_states_and_averages_cpu() {
        let mut a = instance();
        a.lifecycle = LifecycleState::InService;
        a.target_state = TargetState::Healthy;
        a.healthy = true;
        a.warming = false;
        a.cpu = 60.0;
        let mut b = a.clone();
        b.lifecycle = LifecycleState::Pending;
        b.cpu = 0.0;
        let mut c = a.clone();
        c.az = 1;
        let cells = lane_cells(&[a.clone(), b, c], a.az);
        assert_eq!(cells.len(), 2, "only the lane's own instances");
        assert_eq!(lane_summary(Lang::En, &cells), "2 instances · InService 1 · Pending 1 · CPU 30 % avg");
        assert_eq!(lane_summary(Lang::Ko, &cells), "인스턴스 2개 · InService 1 · Pending 1 · CPU 30 % 평균");
        assert_eq!(lane_summary(Lang::En, &[]), "0 instances");
    }

    #[test]
    fn cells_compare_equal_when_nothing_visible_changed() {
        let mut i = instance();
        i.cpu = 49.6;
        let a = Cell::of(&i);
        i.cpu = 50.3;
        assert_eq!(Cell::of(&i), a);
        i.cpu = f64::INFINITY;
        assert_eq!(Cell::of(&i).cpu_pct, 0);
        assert!(pick_label(&i, Lang::En).contains("CPU 0 %"));
    }
}
