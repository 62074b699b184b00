use std::collections::BTreeSet;

use yew::prelude::*;

use super::canvas::kind_key;
use crate::analysis::DataStatus;
use crate::catalog::DatasetId;
use crate::i18n::{EditorText, Lang};
use crate::model::{kind_name, Indicator, Node, NodeId, NodeKind, ReasoningLine};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Selection};

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub session: Session,
}

/// The reasoning line as a nested list: each goal with what contributes to it, and so on. An
/// equal alternative to the drawing for keyboard and screen-reader users.
#[component]
pub fn Outline(props: &OutlineProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let line = session.state.editor.line();
    let select = session.callback(|id: NodeId| AppAction::Select(Selection::node(id)));
    let ctx = OutlineCx {
        line,
        session,
        lang,
        select: &select,
    };
    // Roots: goals that are no one's sub-goal, then whatever reaches no goal at all.
    let roots: Vec<NodeId> = line
        .nodes()
        .filter(|n| {
            n.node.kind == NodeKind::Goal && !line.successors(n.id).any(|s| is_goal(line, s))
        })
        .map(|n| n.id)
        .collect();
    let mut shown = BTreeSet::new();
    let trees: Html = roots
        .iter()
        .map(|&id| ctx.item(id, &mut BTreeSet::new(), &mut shown))
        .collect();
    let reaching = nodes_reaching_a_goal(line);
    let loose: Vec<NodeId> = line
        .node_ids()
        .filter(|id| !shown.contains(id) && !reaching.contains(id))
        .collect();
    let loose_items: Html = loose
        .iter()
        .map(|&id| ctx.item(id, &mut BTreeSet::new(), &mut shown))
        .collect();
    // What the nesting limit left out, each again as the top of a (bounded) tree.
    let mut deeper = Vec::new();
    for id in line.node_ids() {
        if !shown.contains(&id) {
            deeper.push(ctx.item(id, &mut BTreeSet::new(), &mut shown));
        }
    }
    html! {
        <div class="rl-outline" data-testid="outline">
            <ul class="rl-outline__tree">{ trees }</ul>
            if !loose.is_empty() {
                <h2 class="utrecht-heading-3">{ lang.tr(EditorText::OutlineLoose) }</h2>
                <ul class="rl-outline__tree">{ loose_items }</ul>
            }
            if !deeper.is_empty() {
                <h2 class="utrecht-heading-3">{ lang.tr(EditorText::OutlineDeeper) }</h2>
                <ul class="rl-outline__tree">{ for deeper }</ul>
            }
        </div>
    }
}

/// Levels of nesting shown in one tree; a reasoning line is rarely more than a handful deep.
const MAX_NESTING: usize = 24;

/// Every node with a path of edges to a goal: one breadth-first search backwards from all goals.
fn nodes_reaching_a_goal(line: &ReasoningLine) -> BTreeSet<NodeId> {
    let mut reached = BTreeSet::new();
    let mut queue: Vec<NodeId> = line.node_ids().filter(|&id| is_goal(line, id)).collect();
    while let Some(next) = queue.pop() {
        for contributor in line.predecessors(next) {
            if reached.insert(contributor) {
                queue.push(contributor);
            }
        }
    }
    reached
}

fn is_goal(line: &ReasoningLine, id: NodeId) -> bool {
    line.node(id).is_some_and(|n| n.kind == NodeKind::Goal)
}

struct OutlineCx<'a> {
    line: &'a ReasoningLine,
    session: &'a Session,
    lang: Lang,
    select: &'a Callback<NodeId>,
}

impl OutlineCx<'_> {
    /// One node with, nested, the nodes that contribute to it. `path` stops cycles.
    fn item(&self, id: NodeId, path: &mut BTreeSet<NodeId>, shown: &mut BTreeSet<NodeId>) -> Html {
        let Some(node) = self.line.node(id) else {
            return Html::default();
        };
        // Each subtree is written out once; later mentions only name the node, which keeps the
        // list small for lines where parts feed several goals.
        let first_time = shown.insert(id);
        let status = self
            .session
            .analysis
            .node_status
            .get(&id)
            .copied()
            .unwrap_or(DataStatus::NoNeeds);
        let selected = self.session.state.selection.nodes.contains(&id);
        let onclick = self.select.reform(move |_: MouseEvent| id);
        // Deeper levels are listed separately below: nesting (and recursion) stays bounded even
        // for a hostile file that is one very long chain.
        let too_deep = path.len() >= MAX_NESTING;
        let repeated = !path.insert(id);
        let children: Vec<NodeId> = if repeated || !first_time || too_deep {
            Vec::new()
        } else {
            let mut c: Vec<NodeId> = self.line.predecessors(id).collect();
            c.sort_unstable();
            c.dedup();
            c
        };
        let nested: Html = children
            .iter()
            .map(|&child| self.item(child, path, shown))
            .collect();
        if !repeated {
            path.remove(&id);
        }
        html! {
            <li key={id.0} class={classes!("rl-outline__item", format!("rl-outline__item--{}", kind_key(node.kind)))}>
                <button type="button" class="rl-outline__node" data-id={id.to_string()} aria-pressed={selected.to_string()} {onclick}>
                    <span class="rl-outline__kind">{ kind_name(node.kind, self.lang) }</span>
                    <span class="rl-outline__title">{ &node.title }</span>
                    if !first_time {
                        <span class="rl-outline__again">{ self.lang.tr(EditorText::OutlineSeeAbove) }</span>
                    }
                    <span class={classes!("rl-outline__status", format!("rl-outline__status--{}", status.key()))}>
                        { status.label(self.lang) }
                    </span>
                </button>
                if first_time {
                    { dataset_choices(node, self.lang) }
                }
                if !children.is_empty() {
                    <ul class="rl-outline__children">{ nested }</ul>
                }
            </li>
        }
    }
}

/// Per indicator, the datasets the officer linked by hand and those that do not fit; nothing for
/// a node without such choices. Outside the node's button: a list is no part of a button's name.
fn dataset_choices(node: &Node, lang: Lang) -> Html {
    let chosen: Vec<&Indicator> = node
        .indicators
        .iter()
        .filter(|i| !i.linked_datasets.is_empty() || !i.rejected_datasets.is_empty())
        .collect();
    if chosen.is_empty() {
        return Html::default();
    }
    let line = |label: EditorText, ids: &[DatasetId]| -> Html {
        if ids.is_empty() {
            return Html::default();
        }
        let ids: Vec<&str> = ids.iter().map(|id| id.0.as_str()).collect();
        html! {
            <span class="rl-outline__choice">{ format!("{}: {}", lang.tr(label), ids.join(", ")) }</span>
        }
    };
    let items: Html = chosen
        .into_iter()
        .map(|indicator| {
            html! {
                <li class="rl-outline__indicator">
                    <span class="rl-outline__concept">{ &indicator.concept }</span>
                    { line(EditorText::LinkedByHand, &indicator.linked_datasets) }
                    { line(EditorText::OutlineDoesNotFit, &indicator.rejected_datasets) }
                </li>
            }
        })
        .collect();
    html! { <ul class="rl-outline__datasets">{ items }</ul> }
}
