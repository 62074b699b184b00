//! Node and edge ids in graph files. Ids of the form `n<number>` / `e<number>` keep their number;
//! any other id (hand-written files) gets a fresh number above the highest one in the file, in
//! file order, so loading the same file always gives the same ids.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::io::decode::{is_valid_id, Cx};
use crate::io::path::JsonPath;
use crate::io::problem::{NoticeKind, ProblemKind};
use crate::model::{EdgeId, NodeId};

/// What an id in a file stands for: `n7` and `n007` are the same node.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum IdKey {
    Numbered(u32),
    Named(String),
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum IdSpace {
    Nodes,
    Edges,
}

impl IdSpace {
    pub fn key(self, text: &str) -> IdKey {
        let number = match self {
            IdSpace::Nodes => text.parse::<NodeId>().map(|id| id.0).ok(),
            IdSpace::Edges => text.parse::<EdgeId>().map(|id| id.0).ok(),
        };
        number.map_or_else(|| IdKey::Named(text.to_owned()), IdKey::Numbered)
    }

    fn show(self, number: u32) -> String {
        match self {
            IdSpace::Nodes => NodeId(number).to_string(),
            IdSpace::Edges => EdgeId(number).to_string(),
        }
    }
}

fn item_text<'v>(item: &'v Value, field: &str) -> Option<&'v str> {
    item.get(field)
        .and_then(Value::as_str)
        .filter(|id| is_valid_id(id))
}

/// The ids a list declares, read straight from the JSON so that an item with some other problem
/// still counts (its edges are then not reported as dangling). Reports duplicates. Missing or
/// invalid ids are left to the typed decoding, which reports them.
pub(crate) fn declared_ids(
    cx: &mut Cx,
    list_path: &JsonPath,
    list: Option<&Value>,
    space: IdSpace,
) -> BTreeMap<IdKey, JsonPath> {
    let mut seen: BTreeMap<IdKey, JsonPath> = BTreeMap::new();
    let items = list
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (index, item) in items.iter().enumerate() {
        let Some(id) = item_text(item, "id") else {
            continue;
        };
        let path = list_path.index(index).field("id");
        match seen.get(&space.key(id)) {
            Some(first) => {
                let first = first.clone();
                let id = id.to_owned();
                cx.problem(path, ProblemKind::DuplicateId { id, first });
            }
            None => {
                seen.insert(space.key(id), path);
            }
        }
    }
    seen
}

/// Reports edges whose `from` or `to` names no declared node.
pub(crate) fn check_edge_ends(
    cx: &mut Cx,
    list_path: &JsonPath,
    list: Option<&Value>,
    nodes: &BTreeMap<IdKey, JsonPath>,
) {
    let items = list
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (index, item) in items.iter().enumerate() {
        for end in ["from", "to"] {
            if let Some(id) = item_text(item, end) {
                if !nodes.contains_key(&IdSpace::Nodes.key(id)) {
                    let path = list_path.index(index).key(end);
                    let id = id.to_owned();
                    cx.problem(path, ProblemKind::UnknownNode { id });
                }
            }
        }
    }
}

/// The number each id in `ids` (in file order) gets. `None` when fresh numbers run out.
pub(crate) fn assign_numbers<'a>(
    cx: &mut Cx,
    list_path: &JsonPath,
    ids: impl Iterator<Item = &'a str> + Clone,
    space: IdSpace,
) -> Option<BTreeMap<IdKey, u32>> {
    let highest = ids
        .clone()
        .filter_map(|id| match space.key(id) {
            IdKey::Numbered(number) => Some(number),
            IdKey::Named(_) => None,
        })
        .max();
    let mut next = highest.map_or(Some(1), |highest| highest.checked_add(1));
    let mut numbers = BTreeMap::new();
    for (index, id) in ids.enumerate() {
        let key = space.key(id);
        let number = match key {
            IdKey::Numbered(number) => number,
            IdKey::Named(_) => {
                let Some(fresh) = next else {
                    cx.problem(
                        list_path.index(index).field("id"),
                        ProblemKind::IdsExhausted,
                    );
                    return None;
                };
                next = fresh.checked_add(1);
                let (old, new) = (id.to_owned(), space.show(fresh));
                let path = list_path.index(index).field("id");
                cx.notice(path, NoticeKind::Renumbered { old, new });
                fresh
            }
        };
        numbers.insert(key, number);
    }
    Some(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_ids_are_numbered_above_the_highest_in_file_order() {
        let mut cx = Cx::default();
        let ids = ["doel", "n4", "n007", "sub-doel"];
        let path = JsonPath::root().field("nodes");
        let numbers = assign_numbers(&mut cx, &path, ids.iter().copied(), IdSpace::Nodes);
        let numbers = numbers.unwrap_or_default();
        assert_eq!(numbers.get(&IdKey::Named("doel".into())), Some(&8));
        assert_eq!(numbers.get(&IdKey::Numbered(4)), Some(&4));
        assert_eq!(numbers.get(&IdKey::Named("sub-doel".into())), Some(&9));
        assert!(!cx.has_problems());
    }

    #[test]
    fn fresh_ids_can_run_out() {
        let mut cx = Cx::default();
        let ids = ["n4294967295", "x"];
        let path = JsonPath::root().field("nodes");
        let numbers = assign_numbers(&mut cx, &path, ids.iter().copied(), IdSpace::Nodes);
        assert!(numbers.is_none());
        assert!(cx.has_problems());
    }
}
