//! Changes to a dataset list made in the app. Each applied edit returns its inverse, so the
//! dataset view can undo (the reasoning line's own undo history is separate: the list is shared by
//! many lines and changes on another rhythm).

use super::{Catalog, Dataset, DatasetId};
use crate::i18n::Lang;
use crate::io::MAX_ID_CHARS;

#[derive(Clone, Debug, PartialEq)]
pub enum CatalogEdit {
    /// Adds a dataset whose id is not in the list yet.
    Add(Dataset),
    /// Replaces the dataset with the same id.
    Change(Dataset),
    Remove(DatasetId),
    /// Replaces the whole list (an import, or undoing one).
    ReplaceAll(Catalog),
}

/// Why an edit was refused; the list is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogEditError {
    NoTitle,
    /// The id is empty or longer than files allow.
    InvalidId(String),
    IdTaken(DatasetId),
    NotFound(DatasetId),
}

impl CatalogEditError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CatalogEditError::NoTitle, Lang::Nl) => "Geef de dataset een titel.".to_owned(),
            (CatalogEditError::NoTitle, Lang::En) => "Give the dataset a title.".to_owned(),
            (CatalogEditError::InvalidId(_), Lang::Nl) => {
                format!("Een id heeft 1 tot {MAX_ID_CHARS} tekens.")
            }
            (CatalogEditError::InvalidId(_), Lang::En) => {
                format!("An id has 1 to {MAX_ID_CHARS} characters.")
            }
            (CatalogEditError::IdTaken(id), Lang::Nl) => {
                format!("De id „{id}” heeft al een andere dataset in de lijst.")
            }
            (CatalogEditError::IdTaken(id), Lang::En) => {
                format!("The id “{id}” already belongs to another dataset in the list.")
            }
            (CatalogEditError::NotFound(id), Lang::Nl) => {
                format!("De dataset „{id}” staat niet (meer) in de lijst.")
            }
            (CatalogEditError::NotFound(id), Lang::En) => {
                format!("The dataset “{id}” is not (or no longer) in the list.")
            }
        }
    }
}

impl Catalog {
    /// Applies an edit the officer made: a dataset without a title or with an id files cannot hold
    /// is refused, then as `apply`.
    pub fn apply_checked(&mut self, edit: CatalogEdit) -> Result<CatalogEdit, CatalogEditError> {
        if let CatalogEdit::Add(dataset) | CatalogEdit::Change(dataset) = &edit {
            check(dataset)?;
        }
        self.apply(edit)
    }

    /// Applies `edit` and returns the edit that undoes it, or refuses it (an id that is taken or
    /// not there) and changes nothing. The contents are not checked, so an undo always applies,
    /// whatever an import brought in.
    pub fn apply(&mut self, edit: CatalogEdit) -> Result<CatalogEdit, CatalogEditError> {
        match edit {
            CatalogEdit::Add(dataset) => {
                if self.contains(&dataset.id) {
                    return Err(CatalogEditError::IdTaken(dataset.id));
                }
                let id = dataset.id.clone();
                self.insert(dataset);
                Ok(CatalogEdit::Remove(id))
            }
            CatalogEdit::Change(dataset) => {
                if !self.contains(&dataset.id) {
                    return Err(CatalogEditError::NotFound(dataset.id));
                }
                let id = dataset.id.clone();
                self.insert(dataset)
                    .map(CatalogEdit::Change)
                    .ok_or(CatalogEditError::NotFound(id))
            }
            CatalogEdit::Remove(id) => self
                .remove(&id)
                .map(CatalogEdit::Add)
                .ok_or(CatalogEditError::NotFound(id)),
            CatalogEdit::ReplaceAll(catalog) => {
                Ok(CatalogEdit::ReplaceAll(std::mem::replace(self, catalog)))
            }
        }
    }
}

fn check(dataset: &Dataset) -> Result<(), CatalogEditError> {
    if dataset.title.trim().is_empty() {
        return Err(CatalogEditError::NoTitle);
    }
    let id = dataset.id.0.as_str();
    if id.trim().is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(CatalogEditError::InvalidId(dataset.id.0.clone()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Frequency, GeoLevel};

    fn bag() -> Dataset {
        Dataset::new(
            "gem-bag",
            "Basisregistratie Adressen en Gebouwen (BAG)",
            GeoLevel::Address,
            Frequency::Month,
        )
    }

    #[test]
    fn every_edit_is_undone_by_what_it_returns() {
        let mut catalog = Catalog::new("Voorbeeldstad");
        let before = catalog.clone();
        let undo_add = catalog.apply(CatalogEdit::Add(bag())).unwrap();
        assert_eq!(undo_add, CatalogEdit::Remove(bag().id));
        let mut changed = bag();
        changed.owner = "Team Geo-informatie".to_owned();
        let undo_change = catalog.apply(CatalogEdit::Change(changed.clone())).unwrap();
        assert_eq!(undo_change, CatalogEdit::Change(bag()));
        let undo_remove = catalog.apply(CatalogEdit::Remove(bag().id)).unwrap();
        assert_eq!(undo_remove, CatalogEdit::Add(changed));
        for undo in [undo_remove, undo_change, undo_add] {
            catalog.apply(undo).unwrap();
        }
        assert_eq!(catalog, before);
    }

    #[test]
    fn refused_edits_change_nothing_and_say_why() {
        let mut catalog = Catalog::new("Voorbeeldstad");
        catalog.apply(CatalogEdit::Add(bag())).unwrap();
        let before = catalog.clone();
        let mut untitled = bag();
        untitled.title = "  ".to_owned();
        let mut bad_id = bag();
        bad_id.id = DatasetId(String::new());
        let missing = DatasetId("gem-brp".to_owned());
        let cases = [
            (CatalogEdit::Add(bag()), CatalogEditError::IdTaken(bag().id)),
            (CatalogEdit::Change(untitled), CatalogEditError::NoTitle),
            (
                CatalogEdit::Add(bad_id),
                CatalogEditError::InvalidId(String::new()),
            ),
            (
                CatalogEdit::Remove(missing.clone()),
                CatalogEditError::NotFound(missing),
            ),
        ];
        for (edit, error) in cases {
            assert_eq!(catalog.apply_checked(edit), Err(error.clone()));
            assert_eq!(catalog, before);
            assert!(!error.message(Lang::Nl).is_empty());
            assert_ne!(error.message(Lang::Nl), error.message(Lang::En));
        }
    }

    #[test]
    fn replacing_the_whole_list_returns_the_old_one() {
        let mut catalog = Catalog::new("Oud");
        catalog.apply(CatalogEdit::Add(bag())).unwrap();
        let old = catalog.clone();
        let undo = catalog
            .apply(CatalogEdit::ReplaceAll(Catalog::new("Nieuw")))
            .unwrap();
        assert_eq!(catalog.title, "Nieuw");
        assert_eq!(undo, CatalogEdit::ReplaceAll(old));
    }
}
