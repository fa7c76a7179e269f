//! Entry point of the web app (Trunk builds this for wasm32).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        counterpoint::crash::install();
        yew::Renderer::<counterpoint::app::Root>::new().render();
    }
}
