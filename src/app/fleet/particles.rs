//! The request-particle layer: one canvas over the fleet diagram, animated by
//! `requestAnimationFrame` while the diagram is on screen and motion is welcome: about 30
//! drawings a second while time runs, none while it is paused and nothing moved. Positions of
//! the clients, the ALB and the tiles are read from the DOM only when the fleet changes or
//! every 300 ms (to follow scrolling), never per frame.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use leptos_use::{use_element_visibility, use_raf_fn};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, DomRect, Element, HtmlCanvasElement};

use crate::app::state::use_lab;
use crate::sim::InstanceId;
use crate::view_model::fleet::grid::cell_centres;
use crate::view_model::fleet::particles::{Kind, Layout, Particles, Point};

/// Shortest real time between two drawings of the dots [ms]: about 30 a second, every other
/// frame at 60 Hz. Each drawing makes the browser upload the whole canvas; at 60 a second that
/// was the largest single cost of a frame at 600× (frame CPU p95 at 100 instances, three runs
/// each: 7.49 / 8.14 / 8.14 ms drawing every frame, 6.47 / 7.35 / 5.74 ms at 30 a second).
const DOT_FRAME_MS: f64 = 30.0;

#[component]
pub fn ParticleLayer(diagram: NodeRef<Div>) -> impl IntoView {
    let lab = use_lab();
    let canvas = NodeRef::<Canvas>::new();
    let on_screen = use_element_visibility(diagram);
    let reduced = reduced_motion();
    let state =
        Rc::new(RefCell::new((Particles::default(), Layout::default(), Vec::<(InstanceId, usize)>::new(), 0.0, 0.0)));
    // Where dots were drawn last frame: only those small squares are cleared, so the browser
    // re-rasterises a few hundred pixels per frame instead of the whole diagram.
    let drawn = Rc::new(RefCell::new(Vec::<Point>::new()));
    let raf = use_raf_fn(move |args| {
        let (Some(c), Some(d)) = (canvas.get_untracked(), diagram.get_untracked()) else { return };
        let mut st = state.borrow_mut();
        let (particles, layout, ids, since_layout, pending) = &mut *st;
        let same_fleet = lab.snapshot.with_untracked(|s| {
            s.instances.len() == ids.len() && s.instances.iter().zip(ids.iter()).all(|(i, id)| i.id == id.0)
        });
        *since_layout += args.delta;
        let mut moved = false;
        if *since_layout > 300.0 || !same_fleet {
            *ids = lab.snapshot.with_untracked(|s| s.instances.iter().map(|i| (i.id, i.az)).collect());
            let (now, resized) = measure(&c, &d, ids);
            moved = resized || now != *layout;
            *layout = now;
            *since_layout = 0.0;
        }
        *pending += if lab.playing.get_untracked() { args.delta } else { 0.0 };
        if *pending < DOT_FRAME_MS && !moved {
            return;
        }
        let dt = std::mem::take(pending) / 1000.0;
        if dt <= 0.0 && !moved {
            // Paused and nothing moved on screen: the canvas keeps its pixels (redrawing the
            // same dots still made the browser upload the whole canvas every frame).
            return;
        }
        let (served, failed) = lab
            .snapshot
            .with_untracked(|s| (s.instances.iter().map(|i| i.served_rps).collect::<Vec<_>>(), s.failed_rps));
        particles.update(dt, &served, failed);
        draw(&c, particles, layout, &mut drawn.borrow_mut());
    });
    Effect::new(move |_| {
        if on_screen.get() && !reduced {
            (raf.resume)();
        } else {
            (raf.pause)();
        }
    });
    view! { <canvas class="particles" node_ref=canvas aria-hidden="true" data-testid="particles"></canvas> }
}

/// Centres of the clients and ALB boxes and the left edge of each tile (or the centre of each
/// cell of a compact lane), relative to the canvas; and whether the canvas was resized (which
/// clears it).
/// The canvas covers only the part of the diagram inside the viewport (a tall fleet would
/// otherwise make a canvas of millions of pixels to composite every frame).
fn measure(canvas: &HtmlCanvasElement, diagram: &Element, ids: &[(InstanceId, usize)]) -> (Layout, bool) {
    let d = diagram.get_bounding_client_rect();
    let view_h = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(900.0);
    let top = d.top().max(0.0).min(d.bottom());
    let bottom = d.bottom().min(view_h).max(top);
    super::place::place(canvas, &[("top", (top - d.top()).round()), ("height", (bottom - top).round())]);
    let origin = canvas.get_bounding_client_rect();
    let centre = |sel: &str, right: bool| {
        diagram.query_selector(sel).ok().flatten().map(|e| {
            let r = e.get_bounding_client_rect();
            Point {
                x: if right { r.right() } else { r.left() + r.width() / 2.0 } - origin.left(),
                y: r.top() + r.height() / 2.0 - origin.top(),
            }
        })
    };
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).clamp(1.0, 4.0);
    let (w, h) = (origin.width(), origin.height());
    let (bw, bh) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    let resized = canvas.width() != bw || canvas.height() != bh;
    if resized {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let rect_of = |sel: &str| diagram.query_selector(sel).ok().flatten().map(|e| e.get_bounding_client_rect());
    let targets = if rect_of("[data-testid=lane-grid]").is_some() {
        // Compact: each lane canvas holds its instances in snapshot order (see `view_model::fleet::grid`).
        let lanes: Vec<Option<DomRect>> = (0..=ids.iter().map(|i| i.1).max().unwrap_or(0))
            .map(|az| rect_of(&format!("[data-testid=lane-grid][data-az=\"{az}\"]")))
            .collect();
        let azs: Vec<usize> = ids.iter().map(|i| i.1).collect();
        cell_centres(&azs, |az| lanes[az].as_ref().map(DomRect::width).unwrap_or(0.0))
            .into_iter()
            .map(|(az, x, y)| {
                lanes[az]
                    .as_ref()
                    .map(|r| Point { x: r.left() + x - origin.left(), y: r.top() + y - origin.top() })
                    .unwrap_or_default()
            })
            .collect()
    } else {
        ids.iter()
            .map(|(id, _)| {
                // The tile's left edge, where its requests arrive.
                rect_of(&format!("[data-instance-id=\"{id}\"]"))
                    .map(|r| Point { x: r.left() + 6.0 - origin.left(), y: r.top() + r.height() / 2.0 - origin.top() })
                    .unwrap_or_default()
            })
            .collect()
    };
    let layout = Layout {
        clients: centre("[data-node=clients]", true).unwrap_or_default(),
        alb: centre("[data-node=alb]", false).unwrap_or_default(),
        targets,
    };
    (layout, resized)
}

fn draw(canvas: &HtmlCanvasElement, particles: &Particles, layout: &Layout, drawn: &mut Vec<Point>) {
    let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).clamp(1.0, 4.0);
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    for p in drawn.iter() {
        ctx.clear_rect(p.x - 4.0, p.y - 4.0, 8.0, 8.0);
    }
    drawn.clear();
    for (kind, colour) in [(Kind::Served, "#0972d3"), (Kind::Rejected, "#d91515")] {
        ctx.set_fill_style_str(colour);
        ctx.begin_path();
        for (p, k) in particles.positions(layout) {
            if k == kind {
                ctx.move_to(p.x + 3.0, p.y);
                let _ = ctx.arc(p.x, p.y, 3.0, 0.0, std::f64::consts::TAU);
                drawn.push(p);
            }
        }
        ctx.fill();
    }
}

fn reduced_motion() -> bool {
    crate::app::media::matches("(prefers-reduced-motion: reduce)")
}
