//! What a view shows while the texts it needs are fetched (a corpus in
//! pieces, see `crate::snapshot`), and what it shows when a fetch failed:
//! the reason and a Retry button, never a blank view. A plain function, not
//! a component: it holds no state, and each component costs the page's wasm
//! its own copy of Yew's lifecycle code.

use yew::prelude::*;

/// While the view's texts are fetched: `done` of `of` parts are here. A
/// view waiting for many (analysing an article reads every text: 2,000
/// parts at 100,000 articles) shows how far it has come.
pub fn loading((done, of): (usize, usize)) -> Html {
    if of <= 1 {
        return waiting(None, Callback::noop());
    }
    html! {
        <div class="waiting" role="status">
            <p>{ format!("Loading the corpus's texts: {done} of {of} parts…") }</p>
            <progress max={of.to_string()} value={done.to_string()} aria-label="Texts loaded"></progress>
        </div>
    }
}

/// `failed` is why the last fetch failed; `None` while fetching.
pub fn waiting(failed: Option<String>, on_retry: Callback<()>) -> Html {
    waiting_for("Loading this part of the corpus…", failed, on_retry)
}

/// The same, saying what is loading (`what`, while it is).
pub fn waiting_for(what: &'static str, failed: Option<String>, on_retry: Callback<()>) -> Html {
    match failed {
        None => html! {
            <div class="waiting" role="status">
                <p>{ what }</p>
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
