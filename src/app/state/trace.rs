//! Real traffic: an imported trace becomes the run's traffic pattern (issue 23).

use leptos::prelude::*;

use super::Lab;
use crate::sim::traffic::Pattern;
use crate::trace::Built;

impl Lab {
    /// Starts the run over with `built`'s trace as its traffic (and, with the trace's own
    /// start, the clock at the trace's first time); everything else as the run started.
    pub fn apply_trace(&self, built: &Built) {
        let mut sc = self.initial.get_value();
        sc.traffic.pattern = Pattern::Trace(built.trace.clone());
        if let Some(t) = built.start_utc_s {
            sc.start_utc_s = t;
        }
        self.load(sc);
    }
}
