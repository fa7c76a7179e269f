//! What a view shows while the texts it needs are fetched (a corpus in
//! pieces, see `crate::snapshot`), and what it shows when a fetch failed:
//! the reason and a Retry button, never a blank view.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WaitingProps {
    /// Why the last fetch failed; `None` while fetching.
    pub failed: Option<String>,
    pub on_retry: Callback<()>,
}

#[function_component(Waiting)]
pub fn waiting(p: &WaitingProps) -> Html {
    match &p.failed {
        None => html! {
            <div class="waiting" role="status">
                <p>{ "Loading this part of the corpus…" }</p>
            </div>
        },
        Some(why) => {
            let retry = p.on_retry.reform(|_: MouseEvent| ());
            html! {
                <div class="load-failed" role="alert">
                    <p>{ why }</p>
                    <button type="button" class="button" onclick={retry}>{ "Retry" }</button>
                </div>
            }
        }
    }
}
