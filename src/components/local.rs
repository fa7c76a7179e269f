//! Marks on the user's own articles: the note in the reader (kept only in
//! this browser, links to it work only here, and a Remove button).

use crate::state::Msg;
use crate::storage;
use crate::store::{use_store, Store};
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

/// The small "Your article" badge shown wherever a local article is listed.
pub fn badge() -> Html {
    html! { <span class="badge local" title="Added in this browser: links to it work only here">{ "Your article" }</span> }
}

/// Remove the user's article `draft` (a position in the store's drafts):
/// saved first, and the store replaced only if the save worked.
pub fn remove(store: &Store, draft: usize) -> Result<Store, storage::SaveError> {
    let mut drafts = store.drafts.clone();
    drafts.remove(draft);
    storage::save(&drafts)?;
    Ok(Store::with_drafts(drafts))
}

#[derive(Properties, PartialEq)]
pub struct LocalNoteProps {
    pub article: usize,
}

#[function_component(LocalNote)]
pub fn local_note(p: &LocalNoteProps) -> Html {
    let store = use_store();
    let set_store = use_context::<Callback<Store>>();
    let send = use_context::<Callback<Msg>>();
    let error = use_state(|| None::<String>);
    let onclick = {
        let (store, error, article) = (store.clone(), error.clone(), p.article);
        Callback::from(move |_: MouseEvent| {
            let Some(d) = store.draft_of(article) else { return };
            match remove(&store, d) {
                Ok(next) => {
                    if let Some(s) = &set_store {
                        s.emit(next);
                    }
                    if let Some(send) = &send {
                        send.emit(Msg::Navigate(View { kind: ViewKind::Analyse, ..View::default() }));
                    }
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };
    html! {
        <div class="local-note" role="note">
            { badge() }
            <p>{ "You added this article in this browser. It is kept here only: a link to it works in this browser and nowhere else." }</p>
            <button type="button" class="button danger" {onclick}>{ "Remove this article" }</button>
            if let Some(e) = &*error {
                <p class="error" role="alert">{ e }</p>
            }
        </div>
    }
}
