//! Entry point of the analyser worker (Trunk builds it as a Web Worker
//! beside the page; see `counterpoint::analyser`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    counterpoint::analyser::serve();
}
