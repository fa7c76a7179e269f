//! What a view shows while the texts it needs are fetched (a corpus in
//! pieces, see `crate::snapshot`), and what it shows when a fetch failed:
//! the reason and a Retry button, never a blank view. A plain function, not
//! a component: it holds no state, and each component costs the page's wasm
//! its own copy of Yew's lifecycle code.

use yew::prelude::*;

/// `failed` is why the last fetch failed; `None` while fetching.
pub fn waiting(failed: Option<String>, on_retry: Callback<()>) -> Html {
    match failed {
        None => html! {
            <div class="waiting" role="status">
                <p>{ "Loading this part of the corpus…" }</p>
            </div>
        },
        Some(why) => {
            let retry = on_retry.reform(|_: MouseEvent| ());
            html! {
                <div class="load-failed" role="alert">
                    <p>{ why }</p>
                    <button type="button" class="button" onclick={retry}>{ "Retry" }</button>
                </div>
            }
        }
    }
}
