//! Marks on the user's own articles: the note in the reader (kept only in
//! this browser, links to it work only here, and a Remove button).

use crate::state::Msg;
use crate::storage;
use crate::store::{Ctx, Store};
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

/// The small "Your article" badge shown wherever a local article is listed.
pub fn badge() -> Html {
    html! { <span class="badge local" title="Added in this browser: links to it work only here">{ "Your article" }</span> }
}

/// Remove the user's article `draft` (a position in the store's drafts):
/// the others are joined again, saved, and only then is the new store
/// handed to `done`; on any failure nothing changes and `done` gets why.
pub fn remove(store: &Store, draft: usize, done: impl FnOnce(Result<Store, String>) + 'static) {
    let mut drafts = store.drafts.clone();
    drafts.remove(draft);
    crate::store::rebuild(drafts, move |r| {
        done(r.and_then(|next| storage::save(&next.to_saved()).map(|()| next).map_err(|e| e.to_string())))
    });
}

/// The note in the reader on the user's own article `article`, with its
/// Remove button; `error` (the reader's state, so this is no component of
/// its own) holds why a removal failed, and for which article.
pub fn local_note(ctx: &Ctx, article: usize, error: &UseStateHandle<Option<(usize, String)>>) -> Html {
    let onclick = {
        let (store, set_store, send, error) = (ctx.store.clone(), ctx.set_store.clone(), ctx.send.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(d) = store.draft_of(article) else { return };
            let (set_store, send, error) = (set_store.clone(), send.clone(), error.clone());
            remove(&store, d, move |r| match r {
                Ok(next) => {
                    set_store.emit(next);
                    send.emit(Msg::Navigate(View { kind: ViewKind::Analyse, ..View::default() }));
                }
                Err(e) => error.set(Some((article, e))),
            });
        })
    };
    html! {
        <div class="local-note" role="note">
            { badge() }
            <p>{ "You added this article in this browser. It is kept here only: a link to it works in this browser and nowhere else." }</p>
            <button type="button" class="button danger" {onclick}>{ "Remove this article" }</button>
            if let Some((_, e)) = error.as_ref().filter(|(a, _)| *a == article) {
                <p class="error" role="alert">{ e }</p>
            }
        </div>
    }
}
