//! Request particles for the fleet diagram: a few dots per second flow from the clients through
//! the ALB to the instances that served them; failed requests bounce back from the ALB in red.
//! Pure and deterministic (a tiny LCG for which instance a dot goes to and its jitter): the
//! canvas component only asks where to draw. The count is a picture of the rate (√ scale,
//! capped), not one dot per request.

/// A point on the diagram [CSS px].
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Point {
    /// From the left [CSS px].
    pub x: f64,
    /// From the top [CSS px].
    pub y: f64,
}

/// Where the clients, the ALB and each target are drawn.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Layout {
    /// Where the clients are.
    pub clients: Point,
    /// Where the ALB is.
    pub alb: Point,
    /// Where each target is, indexed like `served` in [`Particles::update`].
    pub targets: Vec<Point>,
}

/// What a dot is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// On its way to (or routed to) a target.
    Served,
    /// Failed at the ALB (5xx): goes back to the clients.
    Rejected,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Dot {
    /// Progress along its path, 0 → 1.
    t: f64,
    /// Target index for served dots.
    target: usize,
    kind: Kind,
    /// Sideways offset so dots do not overlap [−1, 1].
    jitter: f64,
}

/// Real seconds a dot takes from clients to its instance.
pub const TRIP_S: f64 = 1.2;
/// Most dots spawned per real second.
pub const MAX_RATE: f64 = 60.0;
/// Most dots alive at once.
pub const MAX_DOTS: usize = 400;

/// The dots in flight, the generator that places new ones, and the part of a dot owed to the next frame.
#[derive(Clone, Debug, Default)]
pub struct Particles {
    dots: Vec<Dot>,
    seed: u32,
    carry: f64,
}

/// Dots per real second that picture `rps` requests per simulated second.
pub fn visual_rate(rps: f64) -> f64 {
    if !rps.is_finite() || rps <= 0.0 {
        return 0.0;
    }
    (2.0 * rps.sqrt()).clamp(0.5, MAX_RATE)
}

impl Particles {
    fn rand(&mut self) -> f64 {
        self.seed = self.seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        (self.seed >> 8) as f64 / (1u32 << 24) as f64
    }

    /// Advances `dt_s` real seconds with the last second's traffic: `served[i]` requests/s
    /// answered by target `i`, `failed_rps` failed.
    pub fn update(&mut self, dt_s: f64, served: &[f64], failed_rps: f64) {
        let dt_s = if dt_s.is_finite() { dt_s.clamp(0.0, 0.25) } else { 0.0 };
        for d in &mut self.dots {
            d.t += dt_s / TRIP_S;
        }
        self.dots.retain(|d| d.t < 1.0);
        let total_served: f64 = served.iter().filter(|v| v.is_finite() && **v > 0.0).sum();
        let failed = if failed_rps.is_finite() { failed_rps.max(0.0) } else { 0.0 };
        let total = total_served + failed;
        self.carry += visual_rate(total) * dt_s;
        while self.carry >= 1.0 && self.dots.len() < MAX_DOTS {
            self.carry -= 1.0;
            let pick = self.rand() * total;
            let jitter = self.rand() * 2.0 - 1.0;
            let dot = if pick >= total_served {
                Dot { t: 0.0, target: 0, kind: Kind::Rejected, jitter }
            } else {
                let mut acc = 0.0;
                let target = served
                    .iter()
                    .position(|v| {
                        acc += if v.is_finite() { v.max(0.0) } else { 0.0 };
                        pick < acc
                    })
                    .unwrap_or(served.len().saturating_sub(1));
                Dot { t: 0.0, target, kind: Kind::Served, jitter }
            };
            self.dots.push(dot);
        }
        self.carry = self.carry.min(1.0);
    }

    /// How many dots are alive.
    pub fn len(&self) -> usize {
        self.dots.len()
    }

    /// Whether no dot is alive.
    pub fn is_empty(&self) -> bool {
        self.dots.is_empty()
    }

    /// Where to draw each dot now. Dots whose target vanished from `layout` are skipped.
    pub fn positions<'a>(&'a self, layout: &'a Layout) -> impl Iterator<Item = (Point, Kind)> + 'a {
        self.dots.iter().filter_map(move |d| {
            let spread = 6.0 * d.jitter;
            let (a, b, f) = if d.t < 0.5 {
                (layout.clients, layout.alb, d.t / 0.5)
            } else {
                let end = match d.kind {
                    Kind::Served => *layout.targets.get(d.target)?,
                    // Bounce: back towards the clients, below the incoming stream.
                    Kind::Rejected => Point { x: layout.clients.x, y: layout.clients.y + 18.0 },
                };
                (layout.alb, end, (d.t - 0.5) / 0.5)
            };
            Some((Point { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f + spread }, d.kind))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(n: usize) -> Layout {
        Layout {
            clients: Point { x: 0.0, y: 50.0 },
            alb: Point { x: 100.0, y: 50.0 },
            targets: (0..n).map(|i| Point { x: 300.0, y: 20.0 * i as f64 }).collect(),
        }
    }

    #[test]
    fn rate_is_a_picture_of_traffic() {
        assert_eq!(visual_rate(0.0), 0.0);
        assert_eq!(visual_rate(f64::NAN), 0.0);
        assert!(visual_rate(5.0) < visual_rate(500.0));
        assert_eq!(visual_rate(1e9), MAX_RATE);
    }

    #[test]
    fn dots_go_where_traffic_is_served_and_expire() {
        let mut p = Particles::default();
        for _ in 0..60 {
            p.update(1.0 / 60.0, &[0.0, 100.0], 0.0);
        }
        assert!(!p.is_empty());
        let l = layout(2);
        // Every dot past the ALB heads to target 1 (target 0 served nothing).
        for (pt, kind) in p.positions(&l) {
            assert_eq!(kind, Kind::Served);
            if pt.x > 100.0 {
                assert!(pt.y > 10.0, "towards target 1 at y=20: {pt:?}");
            }
        }
        for _ in 0..200 {
            p.update(1.0 / 60.0, &[0.0, 0.0], 0.0);
        }
        assert!(p.is_empty(), "no traffic: every dot finishes its trip");
    }

    #[test]
    fn failures_bounce_and_bad_input_is_safe() {
        let mut p = Particles::default();
        for _ in 0..120 {
            p.update(1.0 / 60.0, &[], 50.0);
        }
        let l = layout(0);
        assert!(p.positions(&l).all(|(_, k)| k == Kind::Rejected));
        assert!(p.positions(&l).count() > 0);
        p.update(f64::INFINITY, &[f64::NAN, -5.0], f64::NAN);
        assert!(p.len() <= MAX_DOTS);
    }
}
