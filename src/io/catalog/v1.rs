//! Version 1 of the catalog format, the current one.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::io::decode::{is_valid_id, Cx, Decode, FileId, FilePeriod};
use crate::io::path::JsonPath;
use crate::io::problem::ProblemKind;
use crate::io::words::{AccessWord, AssumedWord, FrequencyWord, LevelWord, SourceWord};

pub(crate) const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct CatalogFile {
    pub format: &'static str,
    pub version: u32,
    pub title: String,
    pub datasets: Vec<Dataset>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Dataset {
    pub id: FileId,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    pub source: SourceWord,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    pub level: LevelWord,
    pub frequency: FrequencyWord,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<FilePeriod>,
    pub access: AccessWord,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Fields the importer assumed (not in the source); optional, so older files read as they are.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumed: Vec<AssumedWord>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Variable {
    pub concept: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl Decode for Variable {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Variable> {
        let mut obj = cx.object(path, value)?;
        let concept = obj.required(cx, "concept");
        let aliases = obj.or_empty(cx, "aliases");
        obj.finish(cx);
        Some(Variable {
            concept: concept?,
            aliases: aliases?,
        })
    }
}

impl Decode for Dataset {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Dataset> {
        let mut obj = cx.object(path, value)?;
        let id = obj.required(cx, "id");
        let title = obj.required(cx, "title");
        let owner = obj.or_empty(cx, "owner");
        let source = obj.required(cx, "source");
        let variables = obj.or_empty(cx, "variables");
        let level = obj.required(cx, "level");
        let frequency = obj.required(cx, "frequency");
        let period = obj.optional(cx, "period");
        let access = obj.required(cx, "access");
        let notes = obj.or_empty(cx, "notes");
        let assumed = obj.or_empty(cx, "assumed");
        obj.finish(cx);
        Some(Dataset {
            id: id?,
            title: title?,
            owner: owner?,
            source: source?,
            variables: variables?,
            level: level?,
            frequency: frequency?,
            period: period?,
            access: access?,
            notes: notes?,
            assumed: assumed?,
        })
    }
}

/// Reports dataset ids used twice, read straight from the JSON so a dataset with another problem
/// still counts.
fn check_duplicate_ids(cx: &mut Cx, list_path: &JsonPath, list: Option<&Value>) {
    let items = list
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let mut seen: BTreeMap<&str, JsonPath> = BTreeMap::new();
    for (index, item) in items.iter().enumerate() {
        let Some(id) = item.get("id").and_then(Value::as_str) else {
            continue;
        };
        if !is_valid_id(id) {
            continue;
        }
        let path = list_path.index(index).field("id");
        match seen.get(id) {
            Some(first) => {
                let (id, first) = (id.to_owned(), first.clone());
                cx.problem(path, ProblemKind::DuplicateId { id, first });
            }
            None => {
                seen.insert(id, path);
            }
        }
    }
}

pub(crate) fn decode(cx: &mut Cx, value: &Value) -> Option<CatalogFile> {
    let mut obj = cx.object(&JsonPath::root(), value)?;
    obj.allow(&["format", "version"]);
    let title = obj.required(cx, "title");
    let datasets = obj.required(cx, "datasets");
    let datasets_path = obj.path().field("datasets");
    let datasets_json = obj.raw("datasets");
    check_duplicate_ids(cx, &datasets_path, datasets_json);
    obj.finish(cx);
    Some(CatalogFile {
        format: super::FORMAT,
        version: VERSION,
        title: title?,
        datasets: datasets?,
    })
}
