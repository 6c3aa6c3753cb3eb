//! Bounded memory: a simulated month must not grow the heap beyond a fixed bound
//! (ring buffers, capped histories, terminated instances dropped).

use asg_engine::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

// The counting allocator serves the whole `engine` test binary, whose other tests run in
// parallel threads: each thread counts its own bytes, so the month below sees only its own heap.
// (A const-initialised `Cell` needs no allocation and no destructor, so the allocator can use it.)
struct Counting;
thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    let _ = LIVE.try_with(|live| live.set(live.get() + bytes));
}

fn live() -> isize {
    LIVE.with(Cell::get)
}

// A counting allocator is the one place the tests need `unsafe`: it forwards to `System`.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        count(l.size() as isize);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        count(-(l.size() as isize));
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        count(new as isize - l.size() as isize);
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static A: Counting = Counting;

#[test]
fn a_month_does_not_grow_the_heap() {
    // daily traffic between ~0 and 8 instances' worth, target tracking, churn every day,
    // plus a slider move every hour (traffic log) and faults
    let sc = Scenario {
        traffic: TrafficSpec {
            pattern: Pattern::Diurnal { mean_rps: 100.0, amplitude_rps: 95.0, peak_hour_utc: 14.0 },
            poisson_noise: true,
        },
        group: GroupSpec { min: 1, max: 12, desired: Some(2), ..GroupSpec::default() },
        policies: vec![PolicySpec::default_cpu50(), PolicySpec::default_hpa(60.0)],
        events: vec![],
        ..Scenario::default()
    };
    let mut s = Sim::new(sc);
    let mut after_week = 0isize;
    for day in 0..30u64 {
        for h in 0..24u64 {
            s.run_until(day * 86_400 + h * 3600);
            let _ = s.apply(Command::SetTrafficOverride(if h % 2 == 0 { None } else { Some(150.0) }));
            if h == 3 {
                if let Some(i) = s.snapshot().instances.first() {
                    let _ = s.apply(Command::TerminateInstance { instance: i.id, decrement_desired: false });
                }
            }
        }
        if day == 7 {
            after_week = live();
        }
    }
    s.run_until(30 * 86_400);
    let end = live();
    eprintln!("heap after day 7: {after_week} B, after day 30: {end} B");
    let activities = s.activities().count();
    assert!(activities <= 500, "{activities}");
    assert!(s.snapshot().instances.len() <= 12 + 2 + 12, "live + rebalance + recently terminated");
    // the same bound after a week and after a month (slack: a few instances' 1-day CPU
    // history and the capped logs filling up)
    assert!(end - after_week < 256 * 1024, "heap grew by {} bytes between day 7 and day 30", end - after_week);
    assert!(s.ledger().balanced());
}
