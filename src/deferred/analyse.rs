//! The analyse view: paste an article or drop a `.txt` or `.md` file, read
//! it as the reader would (entities, claims), see which of its claims
//! dispute or echo claims in the corpus, and add it to this browser's copy
//! of the explorer. A saved web page (`.html`) is not read here: its reader
//! would make the analyser worker twice the size, so the page says to put
//! it in the corpus folder, where the build reads it.
//!
//! Reading the text, joining it to the corpus and finding its relations all
//! happen in the analyser worker (`crate::analyser`); keeping it is
//! `crate::storage`'s. This component holds only what the user is doing
//! right now: the text and the preview.

use crate::components::body::{article_body, legend};
use crate::components::link::href;
use crate::components::local;
use crate::components::meta::byline;
use crate::analyser::Pasted;
use crate::store::{use_ctx, Shown, Store};
use crate::{browser, format, storage};
use counterpoint_core::local::Related;
use counterpoint_core::model::EntityKind;
use counterpoint_core::query::View;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    /// The analysis: the store as adding the article would make it, the
    /// article's relations to the others, and the milliseconds from sending
    /// the text to having the preview, and what was wrong with parts of a
    /// dropped file.
    Done(Store, Rc<Vec<Related>>, f64, Rc<Vec<String>>),
    Failed(String),
}

#[function_component(Analyse)]
pub fn analyse(_: &()) -> Html {
    let crate::store::Ctx { store, set_store, .. } = use_ctx();
    let text = use_state(String::new);
    let name = use_state(|| "Pasted text".to_string());
    // What the user says of the article (the text may not say it).
    let outlet = use_state(String::new);
    let published = use_state(String::new);
    let status = use_state(|| Status::Idle);
    // Outcome of the last add or remove.
    let message = use_state(|| None::<Result<Html, String>>);

    let run = {
        let (status, store, outlet, published, message) = (status.clone(), store.clone(), outlet.clone(), published.clone(), message.clone());
        Callback::from(move |(body, label): (String, String)| {
            message.set(None);
            if body.trim().is_empty() {
                status.set(Status::Failed("Paste an article's text, or choose a .txt or .md file, first.".into()));
                return;
            }
            status.set(Status::Working);
            let status = status.clone();
            let t0 = browser::now();
            let drafts = store.drafts.clone();
            let pasted = Pasted { text: body, name: label, outlet: Some((*outlet).clone()), published: Some((*published).clone()) };
            crate::analyser::join(drafts.clone(), Some(pasted), move |r| {
                status.set(match r {
                    Ok(out) => match (out.draft, out.delta) {
                        (Some(d), Some(delta)) => {
                            let mut all = drafts;
                            all.push(d);
                            match Store::joined(all, delta) {
                                Ok(preview) => Status::Done(preview, Rc::new(out.relations), browser::now() - t0, Rc::new(out.warnings)),
                                Err(e) => Status::Failed(e),
                            }
                        }
                        _ => Status::Failed("The analyser returned no article.".into()),
                    },
                    Err(e) => Status::Failed(e),
                })
            });
        })
    };
    let onsubmit = {
        let (run, text, name) = (run.clone(), text.clone(), name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run.emit(((*text).clone(), (*name).clone()));
        })
    };
    let oninput = {
        let (text, name) = (text.clone(), name.clone());
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            // A Markdown file edited in the box is still read as Markdown;
            // anything else typed or pasted is plain text.
            if area.value().trim().is_empty() || FileKind::of(&name, "") != FileKind::Markdown {
                name.set("Pasted text".into());
            }
            text.set(area.value());
        })
    };
    // A chosen or dropped file: read, shown in the box, analysed at once.
    let take_file = {
        let (run, text, name, status, message) = (run.clone(), text.clone(), name.clone(), status.clone(), message.clone());
        move |file: web_sys::File| {
            let (run, text, name, status) = (run.clone(), text.clone(), name.clone(), status.clone());
            let file_name = file.name();
            // A file refused leaves the box and any preview as they were:
            // nothing is lost.
            let refuse = |why: String| match &*status {
                Status::Done(..) => message.set(Some(Err(why))),
                _ => status.set(Status::Failed(why)),
            };
            match FileKind::of(&file_name, &file.type_()) {
                FileKind::Text | FileKind::Markdown => {}
                FileKind::Page => return refuse(format!("“{file_name}” is a saved web page, which this page does not read: saved pages are read when the explorer is built. Put the file in the corpus folder and rebuild, or copy the article's text from the page and paste it here.")),
                FileKind::Other => return refuse(format!("“{file_name}” is not a text or Markdown file: save the article as plain text (.txt) or Markdown (.md) and try again.")),
            }
            browser::read_text(file, move |r| match r {
                Ok(body) => {
                    text.set(body.clone());
                    name.set(file_name.clone());
                    run.emit((body, file_name));
                }
                Err(e) => status.set(Status::Failed(e)),
            });
        }
    };
    let onchange = {
        let take_file = take_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                take_file(f);
            }
            input.set_value("");
        })
    };
    let ondrop = {
        let take_file = take_file.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(f) = e.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
                e.prevent_default();
                take_file(f);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());

    let add = {
        let (status, message, set_store, text) = (status.clone(), message.clone(), set_store.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            // The preview is the store with the draft added: save it.
            let Status::Done(next, ..) = &*status else { return };
            let next = next.clone();
            match storage::save(&next.to_saved()) {
                Ok(()) => {
                    let a = next.snap.articles.last().expect("the preview holds the draft");
                    let link = html! {
                        <>{ format!("Added “{}” to this browser's explorer. ", a.title) }<a href={href(&View::default().reader(&a.id, None))}>{ "Open it in the reader" }</a>{ "." }</>
                    };
                    message.set(Some(Ok(link)));
                    status.set(Status::Idle);
                    text.set(String::new());
                    set_store.emit(next.clone());
                }
                Err(e) => message.set(Some(Err(e.to_string()))),
            }
        })
    };
    let remove = |draft: usize| {
        let (store, message, set_store) = (store.clone(), message.clone(), set_store.clone());
        Callback::from(move |_: MouseEvent| {
            let title = store.snap.articles[store.snap.articles.len() - store.drafts.len() + draft].title.clone();
            let (message, set_store) = (message.clone(), set_store.clone());
            local::remove(&store, draft, move |r| match r {
                Ok(next) => {
                    message.set(Some(Ok(html! { { format!("Removed “{title}”.") } })));
                    set_store.emit(next);
                }
                Err(e) => message.set(Some(Err(e))),
            });
        })
    };

    let first_local = store.snap.articles.len() - store.drafts.len();
    html! {
        <section class="analyse">
            <p class="intro">{ "Paste an article (headline first), or drop a .txt or Markdown (.md) file here. It is read in this browser by the engine that read the corpus: nothing is sent anywhere." }</p>
            <form class="paste" {onsubmit} {ondrop} {ondragover}>
                <label for="paste">{ "Article text" }</label>
                <textarea id="paste" rows="10" value={(*text).clone()} {oninput} spellcheck="false"
                    placeholder={"Headline\n\nFirst paragraph…"} />
                <div class="paste-meta">
                    <label for="outlet">{ "Outlet " }<span class="optional">{ "(optional)" }</span>
                        <input id="outlet" type="text" value={(*outlet).clone()} autocomplete="off" placeholder="e.g. Reuters"
                            oninput={{ let o = outlet.clone(); Callback::from(move |e: InputEvent| o.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())) }} />
                    </label>
                    <label for="published">{ "Published " }<span class="optional">{ "(optional)" }</span>
                        <input id="published" type="date" value={(*published).clone()}
                            oninput={{ let d = published.clone(); Callback::from(move |e: InputEvent| d.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())) }} />
                    </label>
                </div>
                <p class="hint">{ "With a date and an outlet, the article takes its place on the timeline and joins other outlets' accounts of the same event. A Markdown file's front matter (or its Source: and Date: lines) gives them too; what you give here wins, and a dateline in the text wins over any date." }</p>
                <div class="paste-actions">
                    <button type="submit" class="button primary" disabled={*status == Status::Working}>{ "Analyse" }</button>
                    <input id="file" class="visually-hidden" type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" {onchange} />
                    <label class="button file" for="file">{ "Choose a .txt or .md file" }</label>
                </div>
            </form>
            <p class="status" role="status" aria-live="polite">
                { match &*status {
                    Status::Working => "Analysing…".to_string(),
                    Status::Done(_, _, ms, _) => format!("Analysed in {} ms.", format::tenths(*ms)),
                    _ => String::new(),
                } }
            </p>
            if let Status::Failed(e) = &*status {
                <p class="error" role="alert">{ e }</p>
            }
            if let Some(m) = &*message {
                { match m {
                    Ok(h) => html! { <p class="ok" role="status">{ h.clone() }</p> },
                    Err(e) => html! { <p class="error" role="alert">{ e }</p> },
                } }
            }
            if let Status::Done(p, rel, ms, warnings) = &*status {
                { for warnings.iter().map(|w| html! { <p class="hint file-warning">{ format!("In “{}”: {w}.", *name) }</p> }) }
                { preview_html(p, rel, *ms, add) }
            }
            <section class="mine" aria-labelledby="mine-title">
                <h2 id="mine-title">{ "Your articles" }</h2>
                if store.drafts.is_empty() {
                    <p>{ "None yet. Articles you add are kept in this browser only, and appear in every view marked “Your article”." }</p>
                } else {
                    <ul class="mine-list">
                        { for (first_local..store.snap.articles.len()).map(|i| {
                            let a = &store.snap.articles[i];
                            html! {
                                <li key={a.id.clone()}>
                                    <a href={href(&View::default().reader(&a.id, None))}>{ &a.title }</a>
                                    { " " }
                                    <button type="button" class="button danger" onclick={remove(i - first_local)} aria-label={format!("Remove “{}”", a.title)}>{ "Remove" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        </section>
    }
}

/// The analysed article as the reader shows it, with its relations to the
/// corpus and the button that adds it.
fn preview_html(p: &Store, rel: &[Related], ms: f64, add: Callback<MouseEvent>) -> Html {
    let snap = &*p.snap;
    let ai = snap.articles.len() - 1;
    let a = &snap.articles[ai];
    let view = View::default();
    // Each entity once, in the order first mentioned; grouped by kind.
    let mut seen: Vec<u32> = Vec::new();
    for m in &a.mentions {
        if !seen.contains(&m.entity) {
            seen.push(m.entity);
        }
    }
    let kinds: Vec<(EntityKind, Vec<&str>)> = EntityKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let names: Vec<&str> = seen.iter().map(|&e| &snap.entities[e as usize]).filter(|e| e.kind == kind).map(|e| e.name.as_str()).collect();
            (!names.is_empty()).then_some((kind, names))
        })
        .collect();
    let claims = &p.idx.article_claims[ai];
    html! {
        <section class="preview" aria-labelledby="preview-title" data-ms={format::tenths(ms)}>
            <h2 id="preview-title" class="reader-title">{ &a.title }</h2>
            <p class="meta">{ byline(snap, a) }</p>
            <p class="counts">{ format!("{} entities · {} claims · {} links to the corpus", seen.len(), claims.len(), rel.len()) }</p>
            <button type="button" class="button primary" onclick={add}>{ "Add to my explorer" }</button>
            <div class="found-entities">
                { for kinds.iter().map(|(k, names)| html! {
                    <p class="entity-group"><span class="group-name">{ format!("{}: ", k.heading()) }</span>
                        { for names.iter().map(|n| html! { <span class={classes!("tag", format!("kind-{}", k.as_str()))}>{ *n }</span> }) }
                    </p>
                }) }
            </div>
            <h3>{ "How its claims meet the corpus" }</h3>
            if rel.is_empty() {
                <p>{ "None of its claims disputes or echoes a claim in the corpus." }</p>
            } else {
                <ul class="relations">
                    { for rel.chunk_by(|x, y| x.claim == y.claim).map(|group| {
                        let mine = &snap.claims[group[0].claim as usize];
                        html! {
                            <li class="relation">
                                <p class="mine-claim">
                                    <span class="who">{ format!("{} · {}", format::speaker_label(snap, &mine.speaker), mine.polarity.badge()) }</span>
                                    { format!(" {}", format::quoted(&a.text[mine.span.range()])) }
                                </p>
                                <ul class="related">
                                    { for group.iter().map(|r| {
                                        let other = &snap.claims[r.other as usize];
                                        let oa = &snap.articles[other.article as usize];
                                        html! {
                                            <li class={classes!(r.relation.as_str())}>
                                                <span class={classes!("badge", format!("rel-{}", r.relation.as_str()))}>{ r.relation.as_str() }</span>
                                                { format!(" {} ", format::speaker_label(snap, &other.speaker)) }
                                                <span class={classes!("badge", format!("pol-{}", other.polarity.as_str()))}>{ other.polarity.badge() }</span>
                                                <span class="quote">{ format::quoted(&format::clip(&oa.text[other.span.range()], 180)) }</span>
                                                <span class="source">
                                                    <a href={href(&view.reader(&oa.id, Some(&other.id)))}>{ &oa.title }</a>
                                                    { " · " }{ byline(snap, oa) }
                                                </span>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </li>
                        }
                    }) }
                </ul>
            }
            { legend() }
            { article_body(snap, &p.idx, &view, ai, Shown::of(&snap.articles[ai]), false) }
        </section>
    }
}

/// What a chosen or dropped file is, by its name (or, failing that, its
/// type): the analyser reads plain text and Markdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Text,
    Markdown,
    /// A saved web page: read by the build, not here.
    Page,
    Other,
}

impl FileKind {
    fn of(name: &str, mime: &str) -> FileKind {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        match (ext.as_str(), mime) {
            ("txt" | "text", _) => FileKind::Text,
            ("md" | "markdown", _) => FileKind::Markdown,
            ("html" | "htm", _) => FileKind::Page,
            (_, "text/plain") => FileKind::Text,
            (_, "text/markdown") => FileKind::Markdown,
            (_, "text/html") => FileKind::Page,
            _ => FileKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FileKind;

    #[test]
    fn files_are_told_apart_by_name_then_type() {
        assert_eq!(FileKind::of("Notes.MD", ""), FileKind::Markdown);
        assert_eq!(FileKind::of("story.txt", "application/octet-stream"), FileKind::Text);
        assert_eq!(FileKind::of("saved.htm", ""), FileKind::Page);
        assert_eq!(FileKind::of("clip", "text/markdown"), FileKind::Markdown);
        assert_eq!(FileKind::of("photo.png", "image/png"), FileKind::Other);
        assert_eq!(FileKind::of("Pasted text", ""), FileKind::Other);
    }
}
