//! The request-particle layer: one canvas over the fleet diagram, animated by
//! `requestAnimationFrame` while the diagram is on screen and motion is welcome. Positions of
//! the clients, the ALB and the tiles are read from the DOM only when the fleet changes or
//! every half second, never per frame.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use leptos_use::{use_element_visibility, use_raf_fn};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

use crate::app::state::use_lab;
use crate::view_model::particles::{Kind, Layout, Particles, Point};

#[component]
pub fn ParticleLayer(diagram: NodeRef<Div>) -> impl IntoView {
    let lab = use_lab();
    let canvas = NodeRef::<Canvas>::new();
    let on_screen = use_element_visibility(diagram);
    let reduced = reduced_motion();
    let state = Rc::new(RefCell::new((Particles::default(), Layout::default(), Vec::<String>::new(), 0.0_f64)));
    let raf = use_raf_fn(move |args| {
        let (Some(c), Some(d)) = (canvas.get_untracked(), diagram.get_untracked()) else { return };
        let mut st = state.borrow_mut();
        let (particles, layout, ids, since_layout) = &mut *st;
        let (served, failed, now_ids) = lab.snapshot.with_untracked(|s| {
            let ids: Vec<String> = s.instances.iter().map(|i| i.id.to_string()).collect();
            (s.instances.iter().map(|i| i.served_rps).collect::<Vec<_>>(), s.failed_rps, ids)
        });
        *since_layout += args.delta;
        if *since_layout > 500.0 || now_ids != *ids {
            *layout = measure(&c, &d, &now_ids);
            *ids = now_ids;
            *since_layout = 0.0;
        }
        let dt = if lab.playing.get_untracked() { args.delta / 1000.0 } else { 0.0 };
        particles.update(dt, &served, failed);
        draw(&c, particles, layout);
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

/// Centres of the clients and ALB boxes and the left edge of each tile, relative to the canvas.
fn measure(canvas: &HtmlCanvasElement, diagram: &Element, ids: &[String]) -> Layout {
    let origin = canvas.get_bounding_client_rect();
    let centre = |sel: &str, right: bool| {
        diagram.query_selector(sel).ok().flatten().map(|e| {
            let r = e.get_bounding_client_rect();
            Point { x: if right { r.right() } else { r.left() + r.width() / 2.0 } - origin.left(), y: r.top() + r.height() / 2.0 - origin.top() }
        })
    };
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).clamp(1.0, 4.0);
    let (w, h) = (origin.width(), origin.height());
    let (bw, bh) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let targets = ids
        .iter()
        .map(|id| {
            // The tile's left edge, where its requests arrive.
            diagram
                .query_selector(&format!("[data-instance-id=\"{id}\"]"))
                .ok()
                .flatten()
                .map(|e| {
                    let r = e.get_bounding_client_rect();
                    Point { x: r.left() + 6.0 - origin.left(), y: r.top() + r.height() / 2.0 - origin.top() }
                })
                .unwrap_or_default()
        })
        .collect();
    Layout {
        clients: centre("[data-node=clients]", true).unwrap_or_default(),
        alb: centre("[data-node=alb]", false).unwrap_or_default(),
        targets,
    }
}

fn draw(canvas: &HtmlCanvasElement, particles: &Particles, layout: &Layout) {
    let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok()) else {
        return;
    };
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).clamp(1.0, 4.0);
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, canvas.width() as f64, canvas.height() as f64);
    for (kind, colour) in [(Kind::Served, "#0972d3"), (Kind::Rejected, "#d91515")] {
        ctx.set_fill_style_str(colour);
        ctx.begin_path();
        for (p, k) in particles.positions(layout) {
            if k == kind {
                ctx.move_to(p.x + 3.0, p.y);
                let _ = ctx.arc(p.x, p.y, 3.0, 0.0, std::f64::consts::TAU);
            }
        }
        ctx.fill();
    }
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
