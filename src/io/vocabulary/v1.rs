//! Version 1 of the vocabulary format, the current one.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::rules::{check_source_key, checked_terms, unknown_source};
use crate::io::decode::{Cx, Decode};
use crate::io::path::JsonPath;
use crate::io::problem::JsonType;

pub(crate) const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct VocabularyFile {
    pub format: &'static str,
    pub version: u32,
    pub title: String,
    pub sources: Sources,
    pub groups: Vec<Group>,
}

/// Source key to its description (who says so, and where to look it up), written in key order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub(crate) struct Sources(pub BTreeMap<String, String>);

impl Decode for Sources {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Sources> {
        let Value::Object(map) = value else {
            cx.wrong_type(path, JsonType::Object, value);
            return None;
        };
        let mut sources = BTreeMap::new();
        let mut complete = true;
        for (key, description) in map {
            let entry_path = path.key(key);
            let valid_key = check_source_key(cx, &entry_path, key);
            match String::decode(cx, &entry_path, description) {
                Some(description) if valid_key => {
                    sources.insert(key.clone(), description);
                }
                _ => complete = false,
            }
        }
        complete.then_some(Sources(sources))
    }
}

/// Terms that may stand for each other, and the key of the source that says so.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Group {
    pub terms: Vec<String>,
    pub source: String,
}

impl Decode for Group {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Group> {
        let mut obj = cx.object(path, value)?;
        let terms: Option<Vec<String>> = obj.required(cx, "terms");
        let source = obj.required(cx, "source");
        let terms = terms.and_then(|terms| checked_terms(cx, &path.field("terms"), &terms));
        obj.finish(cx);
        Some(Group {
            terms: terms?,
            source: source?,
        })
    }
}

/// Reports groups naming a source `"sources"` does not list, read straight from the JSON so a
/// group with another problem is still checked. A source key with a problem of its own counts
/// as listed: the file names it, the key itself is what is wrong.
fn check_named_sources(
    cx: &mut Cx,
    groups_path: &JsonPath,
    groups: Option<&Value>,
    sources: Option<&Value>,
) {
    let Some(sources) = sources.and_then(Value::as_object) else {
        return;
    };
    let groups = groups
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (index, group) in groups.iter().enumerate() {
        let Some(source) = group.get("source").and_then(Value::as_str) else {
            continue;
        };
        if !sources.contains_key(source) {
            unknown_source(cx, groups_path.index(index).field("source"), source);
        }
    }
}

pub(crate) fn decode(cx: &mut Cx, value: &Value) -> Option<VocabularyFile> {
    let mut obj = cx.object(&JsonPath::root(), value)?;
    obj.allow(&["format", "version"]);
    let title = obj.required(cx, "title");
    let sources = obj.required(cx, "sources");
    let groups = obj.required(cx, "groups");
    let groups_path = obj.path().field("groups");
    let (groups_json, sources_json) = (obj.raw("groups"), obj.raw("sources"));
    check_named_sources(cx, &groups_path, groups_json, sources_json);
    obj.finish(cx);
    Some(VocabularyFile {
        format: super::FORMAT,
        version: VERSION,
        title: title?,
        sources: sources?,
        groups: groups?,
    })
}
