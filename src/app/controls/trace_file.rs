//! Reading a trace file in the browser: a size check first, then the file as a stream of
//! chunks (`.gz` unpacked by the browser's `DecompressionStream`), each handed to the
//! trace reader as it arrives, so a 50 MB access log is never held whole and the page keeps
//! answering between chunks.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair, WritableStream};

use crate::trace::{Problem, Reader, Samples, TraceError};

/// Largest file read [bytes] (an access log of a busy hour; JSON stops earlier, at the
/// reader's own limit).
pub const MAX_FILE_BYTES: f64 = 256.0 * 1024.0 * 1024.0;

/// Is `file` gzip, by its name or type?
fn gzipped(file: &File) -> bool {
    file.name().to_lowercase().ends_with(".gz") || file.type_().contains("gzip")
}

/// The file's bytes as a stream (unpacked if gzip). `DecompressionStream` is reached through
/// the global object: web-sys still marks its binding unstable (a `--cfg` flag for every
/// build), though every browser the lab supports has it.
fn stream(file: &File) -> Result<ReadableStream, JsValue> {
    let raw = file.stream();
    if !gzipped(file) {
        return Ok(raw);
    }
    let ctor: js_sys::Function = Reflect::get(&js_sys::global(), &"DecompressionStream".into())?.dyn_into()?;
    let ds = Reflect::construct(&ctor, &js_sys::Array::of1(&"gzip".into()))?;
    let readable: ReadableStream = Reflect::get(&ds, &"readable".into())?.dyn_into()?;
    let writable: WritableStream = Reflect::get(&ds, &"writable".into())?.dyn_into()?;
    Ok(raw.pipe_through(&ReadableWritablePair::new(&readable, &writable)))
}

/// Gives the page a turn: a stream's chunks resolve as microtasks, which never let it paint,
/// so the reader waits for a timer now and then.
async fn yield_to_page() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(p).await;
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Work between two turns of the page [ms].
const SLICE_MS: f64 = 8.0;

/// Reads `file` to samples; `progress` gets the bytes read so far [bytes].
pub async fn read_file(file: File, column: Option<usize>, progress: impl Fn(f64)) -> Result<Samples, TraceError> {
    if file.size() > MAX_FILE_BYTES {
        return Err(TraceError::whole(Problem::TooLarge((MAX_FILE_BYTES as usize) >> 20)));
    }
    let not_text = || TraceError::whole(Problem::NotText);
    let s = stream(&file).map_err(|_| not_text())?;
    let r = ReadableStreamDefaultReader::new(&s).map_err(|_| not_text())?;
    let mut reader = Reader::new(column);
    let mut read = 0.0;
    let mut since = now_ms();
    loop {
        if now_ms() - since > SLICE_MS {
            progress(read);
            yield_to_page().await;
            since = now_ms();
        }
        // a broken gzip rejects here
        let chunk = JsFuture::from(r.read()).await.map_err(|_| not_text())?;
        if Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|_| not_text())?;
        let bytes = value.dyn_into::<Uint8Array>().map_err(|_| not_text())?.to_vec();
        read += bytes.len() as f64;
        if read > MAX_FILE_BYTES {
            let _ = r.cancel();
            return Err(TraceError::whole(Problem::TooLarge((MAX_FILE_BYTES as usize) >> 20)));
        }
        if let Err(e) = reader.push(&bytes) {
            let _ = r.cancel();
            return Err(e);
        }
    }
    reader.finish()
}
