//! What the views read: the built snapshot with the user's own articles
//! merged in, and its lookup index. The app holds one [`Store`] and hands it
//! to every component through context; adding or removing an article of
//! the user's makes a new one (the built snapshot is never copied when there
//! is nothing to add).

use crate::snapshot;
use counterpoint_core::assemble::Draft;
use counterpoint_core::filter::Index;
use counterpoint_core::local;
use counterpoint_core::model::Snapshot;
use std::rc::Rc;

pub struct Data {
    pub snap: Rc<Snapshot>,
    pub idx: Rc<Index>,
    /// The user's articles, in the order they were added: the last
    /// `drafts.len()` articles of `snap`.
    pub drafts: Vec<Draft>,
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
    /// The built snapshot plus `drafts`.
    pub fn with_drafts(drafts: Vec<Draft>) -> Self {
        if drafts.is_empty() {
            return Store(Rc::new(Data { snap: snapshot::get(), idx: snapshot::index(), drafts }));
        }
        let snap = Rc::new(local::merge(&snapshot::get(), &drafts));
        let idx = Rc::new(Index::new(&snap));
        Store(Rc::new(Data { snap, idx, drafts }))
    }

    /// The position in `drafts` of a local article.
    pub fn draft_of(&self, article: usize) -> Option<usize> {
        let first = self.snap.articles.len() - self.drafts.len();
        (article >= first && self.snap.articles[article].local).then(|| article - first)
    }
}

/// The store in context (every component sits under the app's provider).
#[yew::hook]
pub fn use_store() -> Store {
    yew::use_context::<Store>().expect("components are rendered inside the app's store provider")
}
