//! Entry point of the web app (Trunk builds this for wasm32).

// Talc rather than the standard dlmalloc: about 3 KB less of the page's
// gzipped wasm. The page's wasm only (the analyser worker keeps dlmalloc).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        counterpoint::crash::install();
        // A prerendered first view that is not shown (a link to another
        // view) goes before the app draws: its ids would stand before the
        // app's in the document.
        if !counterpoint::browser::prerendered() {
            counterpoint::browser::drop_prerender();
        }
        yew::Renderer::<counterpoint::app::Root>::new().render();
    }
}
