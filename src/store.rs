//! What the views read: the built snapshot with the user's own articles
//! joined in, and its lookup index. The app holds one [`Store`] and hands it
//! to every component through context; adding or removing an article of
//! the user's makes a new one (the built snapshot is never copied when there
//! is nothing to add), and so do texts of a corpus in pieces arriving: they
//! are kept beside the snapshot ([`Data::body`]), not copied into it.
//!
//! Before a large corpus's head is here, the store holds its front (the
//! unfiltered list's first page, see `counterpoint_core::front`): `snap`
//! and `idx` are the front's, and [`Data::front`] the corpus's counts, which
//! the views read through [`Data::totals`] and [`Data::card_counts`].
//!
//! The join itself is the analyser worker's (`crate::analyser`): the page
//! only applies the [`Delta`] it returns, or the one saved with the drafts.

use crate::{analyser, snapshot, storage};
use counterpoint_core::assemble::Draft;
use counterpoint_core::filter::Index;
use counterpoint_core::front::{CardCounts, Totals};
use counterpoint_core::local::{self, Delta};
use counterpoint_core::model::{Article, Mention, Snapshot, Span};
use std::cell::OnceCell;
use std::rc::Rc;

pub struct Data {
    pub snap: Rc<Snapshot>,
    pub idx: Rc<Index>,
    /// Bodies of a corpus in pieces fetched since the snapshot was made,
    /// beside it (see [`Data::body`]).
    pub fetched: snapshot::Fetched,
    /// The user's articles, in the order they were added: the last
    /// `drafts.len()` articles of `snap`.
    pub drafts: Vec<Draft>,
    /// Their join to the built snapshot (`None` without drafts).
    pub delta: Option<Delta>,
    /// The corpus's counts while `snap` is only its front (until the head
    /// is here); `None` otherwise.
    pub front: Option<Rc<Totals>>,
}

impl Data {
    /// What a view shows of an article's text: fetched beside the snapshot
    /// (a corpus in pieces, until every text is in), else the snapshot's own.
    pub fn body(&self, article: usize) -> Shown<'_> {
        match self.fetched.get(article).and_then(OnceCell::get) {
            Some(b) => Shown { text: &b.text, paragraphs: &b.paragraphs, mentions: &b.mentions, standfirst: b.standfirst.as_deref() },
            None => Shown::of(&self.snap.articles[article]),
        }
    }

    /// The corpus's articles, claims and disputes (not the front's).
    pub fn totals(&self) -> (usize, usize, usize) {
        match &self.front {
            Some(t) => (t.articles, t.claims, t.disputes),
            None => (self.snap.articles.len(), self.snap.claims.len(), self.snap.disputes.len()),
        }
    }

    /// What an article's result card counts.
    pub fn card_counts(&self, article: usize) -> CardCounts {
        match &self.front {
            Some(t) => t.cards[article],
            None => CardCounts::of(&self.snap, &self.idx, article),
        }
    }

    /// An article's text (see [`Data::body`]).
    pub fn text(&self, article: usize) -> &str {
        self.body(article).text
    }
}

/// An article's text, its paragraphs, its mentions (with their spans) and
/// its standfirst.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub paragraphs: &'a [Span],
    pub mentions: &'a [Mention],
    pub standfirst: Option<&'a str>,
}

impl<'a> Shown<'a> {
    /// As the article holds them (a whole snapshot's).
    pub fn of(a: &'a Article) -> Self {
        Shown { text: &a.text, paragraphs: &a.paragraphs, mentions: &a.mentions, standfirst: a.standfirst.as_deref() }
    }
}

/// Shared, cheap to clone; equal only to itself (a new store is new data).
#[derive(Clone)]
pub struct Store(pub Rc<Data>);

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Store {
    type Target = Data;
    fn deref(&self) -> &Data {
        &self.0
    }
}

impl Store {
    /// The built snapshot alone (its front, until its head is here).
    pub fn built() -> Self {
        if let Some((snap, idx, totals)) = snapshot::front() {
            return Store(Rc::new(Data { snap, idx, fetched: Rc::from([]), drafts: Vec::new(), delta: None, front: Some(totals) }));
        }
        Store(Rc::new(Data { snap: snapshot::get(), idx: snapshot::index(), fetched: snapshot::fetched(), drafts: Vec::new(), delta: None, front: None }))
    }

    /// The built snapshot with `drafts` joined by `delta` (made for this
    /// build: see [`Store::saved`]), checked: a delta damaged in storage
    /// gives an error, never a page that indexes out of range.
    pub fn joined(drafts: Vec<Draft>, delta: Delta) -> Result<Self, String> {
        let snap = local::apply((*snapshot::get()).clone(), &delta);
        snap.check().map_err(|e| format!("Your saved articles are damaged ({e})."))?;
        let snap = Rc::new(snap);
        let idx = Rc::new(Index::new(&snap));
        Ok(Store(Rc::new(Data { snap, idx, fetched: snapshot::fetched(), drafts, delta: Some(delta), front: None })))
    }

    /// The store a page starts with: the saved articles when their delta was
    /// made for this build (and checks out); otherwise the built snapshot,
    /// and the drafts that must be joined again (by [`rebuild`]) because the
    /// corpus or the engine changed since they were saved.
    pub fn saved(saved: storage::Saved) -> (Self, Option<Vec<Draft>>) {
        if saved.drafts.is_empty() {
            return (Store::built(), None);
        }
        let current = saved.delta.filter(|d| d.base == snapshot::FINGERPRINT && d.articles.len() == saved.drafts.len());
        match current.map(|d| Store::joined(saved.drafts.clone(), d)) {
            Some(Ok(store)) => (store, None),
            _ => (Store::built(), Some(saved.drafts)),
        }
    }

    /// The same data on the built snapshot as it is now (texts of a corpus
    /// in pieces arrive after the store was made).
    pub fn refreshed(&self) -> Self {
        match &self.delta {
            Some(d) if !self.drafts.is_empty() => Store::joined(self.drafts.clone(), d.clone()).unwrap_or_else(|_| self.clone()),
            _ => Store::built(),
        }
    }

    /// What to save for this store.
    pub fn to_saved(&self) -> storage::Saved {
        storage::Saved { drafts: self.drafts.clone(), delta: self.delta.clone() }
    }

    /// The position in `drafts` of a local article.
    pub fn draft_of(&self, article: usize) -> Option<usize> {
        let first = self.snap.articles.len() - self.drafts.len();
        (article >= first && self.snap.articles[article].local).then(|| article - first)
    }
}

/// The store for `drafts`, joined by the worker (at once when there are
/// none), then `done` with it or with why it could not be made.
pub fn rebuild(drafts: Vec<Draft>, done: impl FnOnce(Result<Store, String>) + 'static) {
    rebuild_boxed(drafts, Box::new(done));
}

/// [`rebuild`], made once rather than once per caller (bytes).
fn rebuild_boxed(drafts: Vec<Draft>, done: Box<dyn FnOnce(Result<Store, String>)>) {
    if drafts.is_empty() {
        return done(Ok(Store::built()));
    }
    analyser::join(drafts.clone(), None, move |r| {
        done(r.and_then(|o| o.delta.ok_or_else(|| "The analyser returned no join.".to_string())).and_then(|d| Store::joined(drafts, d)))
    });
}

/// What the app hands every component: the data, the way to replace it
/// (adding or removing the user's articles) and the message dispatcher.
/// One context rather than three: each context provider is a component of
/// its own in the wasm (about 2 KB of lifecycle code each).
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub store: Store,
    pub set_store: yew::Callback<Store>,
    pub send: yew::Callback<crate::state::Msg>,
}

/// The app's context (every component sits under its provider).
#[yew::hook]
pub fn use_ctx() -> Ctx {
    yew::use_context::<Ctx>().expect("components are rendered inside the app's context provider")
}

/// The store in context.
#[yew::hook]
pub fn use_store() -> Store {
    use_ctx().store
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyser::{Done, Engine, Job, Pasted, Request};

    #[test]
    fn a_saved_join_is_used_only_for_the_build_it_was_made_for() {
        let engine = Engine::new(&snapshot::bytes()).unwrap();
        let text = Pasted { text: "Talks resume in May\n\nOfficials said the talks would resume.\n".into(), name: "Pasted text".into(), ..Pasted::default() };
        let job = Job::Join { drafts: vec![], text: Some(text) };
        let Ok(Done::Joined(out)) = engine.answer(Request { id: 1, job }).result else { panic!("a join answers with a join") };
        let out = *out;
        let (drafts, delta) = (vec![out.draft.unwrap()], out.delta.unwrap());
        let (store, stale) = Store::saved(storage::Saved { drafts: drafts.clone(), delta: Some(delta.clone()) });
        assert!(stale.is_none());
        assert_eq!(store.snap.articles.len(), snapshot::get().articles.len() + 1);
        assert_eq!(store.draft_of(store.snap.articles.len() - 1), Some(0));
        assert_eq!(store.draft_of(0), None);
        // Made for another build (the corpus or the engine changed): the
        // built snapshot now, and the drafts to join again.
        let other = Delta { base: delta.base ^ 1, ..delta.clone() };
        let (store, stale) = Store::saved(storage::Saved { drafts: drafts.clone(), delta: Some(other) });
        assert_eq!(store.snap.articles.len(), snapshot::get().articles.len());
        assert_eq!(stale, Some(drafts.clone()));
        // Damaged in storage: the same.
        let mut damaged = delta.clone();
        damaged.claims[0].span.end = u32::MAX;
        let (store, stale) = Store::saved(storage::Saved { drafts: drafts.clone(), delta: Some(damaged) });
        assert_eq!(store.snap.articles.len(), snapshot::get().articles.len());
        assert_eq!(stale, Some(drafts));
        // Nothing saved: nothing to do.
        let (store, stale) = Store::saved(storage::Saved::default());
        assert!(stale.is_none() && store.drafts.is_empty());
    }
}
