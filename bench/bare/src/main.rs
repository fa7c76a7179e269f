//! The smallest honest Yew page: one component rendering a heading and a
//! paragraph. The bench's yardstick for first paint and transfer size.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! {
        <main>
            <h1>{ "Bare Yew" }</h1>
            <p>{ "A Yew 0.23 page with nothing else in it." }</p>
        </main>
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<App>::new().render();
}
