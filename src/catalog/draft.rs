//! A dataset as the edit form holds it: text as typed, checked as a whole when saved, so a
//! half-typed period or a missing title is named next to its field instead of being lost.

use super::{
    variables_from_text, variables_text, AccessClass, AssumedField, Catalog, Dataset, DatasetId,
    SourceKind,
};
use crate::i18n::Lang;
use crate::io::MAX_ID_CHARS;
use crate::model::{Frequency, GeoLevel, YearRange};
use crate::order;

#[derive(Clone, Debug, PartialEq)]
pub struct DatasetDraft {
    /// `None`: a new dataset, whose id is typed (or made from the title); ids of datasets in the
    /// list do not change, because indicators name them.
    pub existing: Option<DatasetId>,
    pub id: String,
    pub title: String,
    pub owner: String,
    pub source: SourceKind,
    pub level: GeoLevel,
    pub frequency: Frequency,
    pub from: String,
    pub to: String,
    pub access: AccessClass,
    /// One concept per line, other names after `|` (see `variables_from_text`).
    pub concepts: String,
    pub notes: String,
    /// Fields assumed on import that the officer has not confirmed yet.
    pub assumed: Vec<AssumedField>,
}

/// A form field a problem is shown next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftField {
    Id,
    Title,
    From,
    To,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftProblem {
    NoTitle,
    IdTooLong,
    IdTaken,
    /// Not a year (four digits, 1800 to 2200).
    NotAYear,
    /// Only one end of the period.
    HalfPeriod,
    /// The period ends before it starts.
    Reversed,
}

impl DraftProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DraftProblem::NoTitle, Lang::Nl) => "Geef de dataset een titel.".to_owned(),
            (DraftProblem::NoTitle, Lang::En) => "Give the dataset a title.".to_owned(),
            (DraftProblem::IdTooLong, Lang::Nl) => {
                format!("Een id heeft hoogstens {MAX_ID_CHARS} tekens.")
            }
            (DraftProblem::IdTooLong, Lang::En) => {
                format!("An id has at most {MAX_ID_CHARS} characters.")
            }
            (DraftProblem::IdTaken, Lang::Nl) => {
                "Deze id heeft al een andere dataset in de lijst.".to_owned()
            }
            (DraftProblem::IdTaken, Lang::En) => {
                "This id already belongs to another dataset in the list.".to_owned()
            }
            (DraftProblem::NotAYear, Lang::Nl) => "Vul een jaartal in, zoals 2024.".to_owned(),
            (DraftProblem::NotAYear, Lang::En) => "Enter a year, such as 2024.".to_owned(),
            (DraftProblem::HalfPeriod, Lang::Nl) => {
                "Vul beide jaren in, of laat beide leeg als de periode onbekend is.".to_owned()
            }
            (DraftProblem::HalfPeriod, Lang::En) => {
                "Enter both years, or leave both empty when the period is not known.".to_owned()
            }
            (DraftProblem::Reversed, Lang::Nl) => {
                "Het laatste jaar ligt voor het eerste.".to_owned()
            }
            (DraftProblem::Reversed, Lang::En) => {
                "The last year comes before the first.".to_owned()
            }
        }
    }
}

impl DatasetDraft {
    /// A new dataset: municipal, internal, per year at municipality level until told otherwise.
    pub fn new_dataset() -> DatasetDraft {
        let mut draft = DatasetDraft::of(&Dataset::new(
            "",
            "",
            GeoLevel::Municipality,
            Frequency::Year,
        ));
        draft.existing = None;
        draft
    }

    pub fn of(dataset: &Dataset) -> DatasetDraft {
        DatasetDraft {
            existing: Some(dataset.id.clone()),
            id: dataset.id.0.clone(),
            title: dataset.title.clone(),
            owner: dataset.owner.clone(),
            source: dataset.source,
            level: dataset.level,
            frequency: dataset.frequency,
            from: dataset
                .period
                .map(|p| p.from().to_string())
                .unwrap_or_default(),
            to: dataset
                .period
                .map(|p| p.to().to_string())
                .unwrap_or_default(),
            access: dataset.access,
            concepts: variables_text(&dataset.variables),
            notes: dataset.notes.clone(),
            assumed: dataset.assumed.clone(),
        }
    }

    /// Marks an assumed field as checked by the officer (or as assumed again).
    pub fn set_confirmed(&mut self, field: AssumedField, confirmed: bool) {
        self.assumed.retain(|&f| f != field);
        if !confirmed {
            self.assumed.push(field);
            order::sort_by_key(&mut self.assumed, |&field| field as u64);
        }
    }

    /// The dataset the form describes, or every problem with the field it belongs to. A new
    /// dataset without an id gets one made from its title, unique in `catalog`.
    pub fn to_dataset(
        &self,
        catalog: &Catalog,
    ) -> Result<Dataset, Vec<(DraftField, DraftProblem)>> {
        let mut problems = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            problems.push((DraftField::Title, DraftProblem::NoTitle));
        }
        let id = match &self.existing {
            Some(id) => id.0.clone(),
            None => self.new_id(catalog, &mut problems),
        };
        let period = self.period(&mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut dataset = Dataset::new(id, title, self.level, self.frequency);
        dataset.owner = self.owner.trim().to_owned();
        dataset.source = self.source;
        dataset.period = period;
        dataset.access = self.access;
        dataset.variables = variables_from_text(&self.concepts);
        dataset.notes = self.notes.trim().to_owned();
        for &field in &self.assumed {
            dataset.assume(field);
        }
        Ok(dataset)
    }

    fn new_id(&self, catalog: &Catalog, problems: &mut Vec<(DraftField, DraftProblem)>) -> String {
        let typed = self.id.trim();
        if typed.is_empty() {
            return unique_id(&crate::io::csv::slug(self.title.trim()), catalog);
        }
        if typed.chars().count() > MAX_ID_CHARS {
            problems.push((DraftField::Id, DraftProblem::IdTooLong));
        } else if catalog.contains(&DatasetId(typed.to_owned())) {
            problems.push((DraftField::Id, DraftProblem::IdTaken));
        }
        typed.to_owned()
    }

    fn period(&self, problems: &mut Vec<(DraftField, DraftProblem)>) -> Option<YearRange> {
        let year = |text: &str, field, problems: &mut Vec<_>| match text.trim() {
            "" => None,
            text => match text.parse::<i32>() {
                Ok(year) if (1800..=2200).contains(&year) => Some(year),
                _ => {
                    problems.push((field, DraftProblem::NotAYear));
                    None
                }
            },
        };
        let from = year(&self.from, DraftField::From, problems);
        let to = year(&self.to, DraftField::To, problems);
        match (
            from,
            to,
            self.from.trim().is_empty(),
            self.to.trim().is_empty(),
        ) {
            (Some(from), Some(to), _, _) => YearRange::new(from, to).or_else(|| {
                problems.push((DraftField::To, DraftProblem::Reversed));
                None
            }),
            (Some(_), None, _, true) => {
                problems.push((DraftField::To, DraftProblem::HalfPeriod));
                None
            }
            (None, Some(_), true, _) => {
                problems.push((DraftField::From, DraftProblem::HalfPeriod));
                None
            }
            _ => None,
        }
    }
}

/// `stem`, or `stem-2`, `stem-3`, ... when taken; `dataset` when the title gave no letters.
fn unique_id(stem: &str, catalog: &Catalog) -> String {
    let stem: String = match stem {
        "" => "dataset".to_owned(),
        stem => stem.chars().take(MAX_ID_CHARS - 6).collect(),
    };
    let taken = |id: &str| catalog.contains(&DatasetId(id.to_owned()));
    if !taken(&stem) {
        return stem;
    }
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let mut catalog = Catalog::new("Voorbeeldstad");
        let mut bag = Dataset::new(
            "gem-bag",
            "Basisregistratie Adressen en Gebouwen (BAG)",
            GeoLevel::Address,
            Frequency::Month,
        );
        bag.assume(AssumedField::Frequency);
        catalog.insert(bag);
        catalog
    }

    #[test]
    fn an_unchanged_form_gives_back_the_dataset() {
        let catalog = catalog();
        for dataset in catalog.datasets() {
            assert_eq!(
                DatasetDraft::of(dataset).to_dataset(&catalog).as_ref(),
                Ok(dataset)
            );
        }
    }

    #[test]
    fn a_new_dataset_gets_an_id_from_its_title_unless_one_is_typed() {
        let catalog = catalog();
        let mut draft = DatasetDraft::new_dataset();
        draft.title = "Basisregistratie Adressen en Gebouwen (BAG)".to_owned();
        draft.concepts = "Verblijfsobject | Woningen\nPand".to_owned();
        let made = draft.to_dataset(&catalog).unwrap();
        assert_eq!(made.id.0, "basisregistratie-adressen-en-gebouwen-bag");
        assert_eq!(made.variables.len(), 2);
        draft.id = "gem-bag".to_owned();
        assert_eq!(
            draft.to_dataset(&catalog),
            Err(vec![(DraftField::Id, DraftProblem::IdTaken)])
        );
    }

    #[test]
    fn every_problem_is_named_at_its_field() {
        let mut draft = DatasetDraft::new_dataset();
        draft.from = "2024".to_owned();
        assert_eq!(
            draft.to_dataset(&Catalog::default()),
            Err(vec![
                (DraftField::Title, DraftProblem::NoTitle),
                (DraftField::To, DraftProblem::HalfPeriod),
            ])
        );
        draft.title = "Wijkpeiling".to_owned();
        draft.to = "twintig".to_owned();
        assert_eq!(
            draft.to_dataset(&Catalog::default()),
            Err(vec![(DraftField::To, DraftProblem::NotAYear)])
        );
        draft.to = "2020".to_owned();
        assert_eq!(
            draft.to_dataset(&Catalog::default()),
            Err(vec![(DraftField::To, DraftProblem::Reversed)])
        );
        draft.to = "2026".to_owned();
        let period = draft.to_dataset(&Catalog::default()).unwrap().period;
        assert_eq!(period, YearRange::new(2024, 2026));
    }

    #[test]
    fn confirming_an_assumed_field_clears_it() {
        let catalog = catalog();
        let bag = catalog.datasets().next().unwrap();
        let mut draft = DatasetDraft::of(bag);
        draft.set_confirmed(AssumedField::Frequency, true);
        assert!(draft.to_dataset(&catalog).unwrap().assumed.is_empty());
        draft.set_confirmed(AssumedField::Frequency, false);
        assert_eq!(
            draft.to_dataset(&catalog).unwrap().assumed,
            [AssumedField::Frequency]
        );
        // An access class an import guessed is confirmed the same way.
        draft.set_confirmed(AssumedField::Access, false);
        assert_eq!(
            draft.to_dataset(&catalog).unwrap().assumed,
            [AssumedField::Frequency, AssumedField::Access]
        );
        draft.set_confirmed(AssumedField::Access, true);
        assert_eq!(
            draft.to_dataset(&catalog).unwrap().assumed,
            [AssumedField::Frequency]
        );
    }
}
