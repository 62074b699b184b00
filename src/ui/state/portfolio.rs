//! The portfolio: reasoning lines of other teams, loaded from files, compared with the open line
//! against the same dataset list. The files are read in a hook; the reducer only adds what was
//! read (once) and removes lines.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::i18n::{EditorText, Lang, PortfolioText};
use crate::io::LoadError;
use crate::model::ReasoningLine;

/// What came of reading one chosen file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileOutcome {
    Loaded(ReasoningLine),
    /// The file was read but is not a reasoning line the app can load.
    Failed(LoadError),
    /// The browser could not read the file at all.
    Unreadable,
}

/// One chosen file, read.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioFile {
    pub name: String,
    pub outcome: FileOutcome,
}

/// A reasoning line in the portfolio, besides the open one. Never changed once loaded.
#[derive(Debug, PartialEq)]
pub struct PortfolioLine {
    /// Unique within the portfolio, never reused; the key of its list item.
    pub id: u32,
    pub file_name: String,
    pub line: ReasoningLine,
}

/// Why a chosen file was not added, kept as data so it is phrased at display time.
#[derive(Clone, Debug, PartialEq)]
pub enum PortfolioProblem {
    Unreadable {
        file: String,
    },
    LoadFailed {
        file: String,
        error: LoadError,
    },
    /// The same reasoning line as the one open in the editor.
    SameAsOpen {
        file: String,
    },
    /// The same reasoning line as one already in the portfolio, loaded from `of`.
    Duplicate {
        file: String,
        of: String,
    },
}

impl PortfolioProblem {
    pub fn file(&self) -> &str {
        match self {
            PortfolioProblem::Unreadable { file }
            | PortfolioProblem::LoadFailed { file, .. }
            | PortfolioProblem::SameAsOpen { file }
            | PortfolioProblem::Duplicate { file, .. } => file,
        }
    }

    /// What went wrong, in `lang`: one or more sentences.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            PortfolioProblem::Unreadable { .. } => {
                vec![lang.tr(PortfolioText::Unreadable).to_owned()]
            }
            PortfolioProblem::LoadFailed { error, .. } => error.messages(lang),
            PortfolioProblem::SameAsOpen { .. } => {
                vec![lang.tr(PortfolioText::DuplicateOfOpen).to_owned()]
            }
            PortfolioProblem::Duplicate { of, .. } => {
                vec![format!("{} {of}.", lang.tr(PortfolioText::DuplicateOf))]
            }
        }
    }
}

/// The lines loaded for the portfolio and what went wrong with the last files chosen.
#[derive(Clone, Debug, Default)]
pub struct PortfolioState {
    /// In the order they were added.
    pub lines: Vec<Rc<PortfolioLine>>,
    /// The files of the last choice that were not added.
    pub problems: Vec<PortfolioProblem>,
    /// Bumped on every change, so views can memoise on it.
    pub revision: u64,
    next_id: u32,
}

impl PartialEq for PortfolioState {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}

impl PortfolioState {
    /// Adds the lines of `files` that are new: not the `open` line, not a line already in the
    /// portfolio (whatever the file is called), not twice from one choice. The problems of this
    /// choice replace those of the last one.
    pub fn add(&mut self, files: Vec<PortfolioFile>, open: &ReasoningLine) {
        self.problems.clear();
        for PortfolioFile { name, outcome } in files {
            let line = match outcome {
                FileOutcome::Loaded(line) => line,
                FileOutcome::Failed(error) => {
                    self.problems
                        .push(PortfolioProblem::LoadFailed { file: name, error });
                    continue;
                }
                FileOutcome::Unreadable => {
                    self.problems
                        .push(PortfolioProblem::Unreadable { file: name });
                    continue;
                }
            };
            if line == *open {
                self.problems
                    .push(PortfolioProblem::SameAsOpen { file: name });
            } else if let Some(known) = self.lines.iter().find(|l| l.line == line) {
                self.problems.push(PortfolioProblem::Duplicate {
                    file: name,
                    of: known.file_name.clone(),
                });
            } else {
                self.lines.push(Rc::new(PortfolioLine {
                    id: self.next_id,
                    file_name: name,
                    line,
                }));
                self.next_id += 1;
            }
        }
        self.revision += 1;
    }

    pub fn remove(&mut self, id: u32) {
        self.lines.retain(|l| l.id != id);
        self.problems.clear();
        self.revision += 1;
    }

    /// The team names of the portfolio: the open line first, then the loaded lines in order.
    /// A line is named by its title (the file name when it has none); names are made unique by
    /// a number, so each line keeps its own column.
    pub fn team_names(&self, open: &ReasoningLine, lang: Lang) -> Vec<String> {
        let open_name = match open.title.trim() {
            "" => lang.tr(EditorText::Untitled).to_owned(),
            title => title.to_owned(),
        };
        let loaded = self.lines.iter().map(|l| match l.line.title.trim() {
            "" => l.file_name.clone(),
            title => title.to_owned(),
        });
        let mut taken = BTreeSet::new();
        std::iter::once(open_name)
            .chain(loaded)
            .map(|name| {
                let mut unique = name.clone();
                let mut n = 2;
                while !taken.insert(unique.clone()) {
                    unique = format!("{name} ({n})");
                    n += 1;
                }
                unique
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(name: &str, title: &str) -> PortfolioFile {
        PortfolioFile {
            name: name.to_owned(),
            outcome: FileOutcome::Loaded(ReasoningLine::new(title)),
        }
    }

    #[test]
    fn new_lines_are_added_once_and_problems_name_the_file() {
        let open = ReasoningLine::new("Armoede");
        let mut state = PortfolioState::default();
        state.add(
            vec![
                loaded("a.json", "Eenzaamheid"),
                loaded("kopie.json", "Eenzaamheid"),
                loaded("armoede.json", "Armoede"),
                PortfolioFile {
                    name: "stuk.json".to_owned(),
                    outcome: FileOutcome::Unreadable,
                },
            ],
            &open,
        );
        assert_eq!(state.lines.len(), 1);
        assert_eq!(state.lines[0].file_name, "a.json");
        let files: Vec<&str> = state.problems.iter().map(|p| p.file()).collect();
        assert_eq!(files, ["kopie.json", "armoede.json", "stuk.json"]);
        assert_eq!(
            state.problems[0].messages(Lang::Nl),
            ["Deze redeneerlijn staat al in het portfolio, uit a.json."]
        );
        assert_eq!(state.revision, 1);

        // A later choice: the same line again is refused, its problems replace the old ones.
        state.add(
            vec![loaded("b.json", "Eenzaamheid"), loaded("c.json", "Jeugd")],
            &open,
        );
        assert_eq!(state.lines.len(), 2);
        assert_eq!(state.problems.len(), 1);
        assert_eq!(state.lines[1].id, 1);

        state.remove(0);
        assert_eq!(state.lines.len(), 1);
        assert_eq!(state.lines[0].file_name, "c.json");
        assert!(state.problems.is_empty());
        // Removed, it can be added again, under a new id.
        state.add(vec![loaded("a.json", "Eenzaamheid")], &open);
        assert_eq!(state.lines[1].id, 2);
    }

    #[test]
    fn team_names_are_titles_made_unique() {
        let mut state = PortfolioState::default();
        state.add(
            vec![loaded("zonder-titel.json", ""), loaded("x.json", "Armoede")],
            &ReasoningLine::new("Open"),
        );
        let mut other = ReasoningLine::new("Armoede");
        other.description = "andere versie".to_owned();
        state.add(
            vec![PortfolioFile {
                name: "y.json".to_owned(),
                outcome: FileOutcome::Loaded(other),
            }],
            &ReasoningLine::new("Open"),
        );
        assert_eq!(
            state.team_names(&ReasoningLine::new("Armoede"), Lang::Nl),
            ["Armoede", "zonder-titel.json", "Armoede (2)", "Armoede (3)"]
        );
        assert_eq!(
            state.team_names(&ReasoningLine::new(" "), Lang::En)[0],
            Lang::En.tr(EditorText::Untitled)
        );
    }
}
