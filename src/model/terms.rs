//! The closed vocabularies of the model. Orders matter: finer levels and frequencies sort first.

/// What a node is in the reasoning line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    /// Doel / maatschappelijk effect: what the municipality wants to achieve.
    Goal,
    /// Effect / resultaat: what is expected on the way.
    Outcome,
    /// Interventie / activiteit: what the municipality or a partner does.
    Intervention,
}

impl NodeKind {
    pub const ALL: [NodeKind; 3] = [NodeKind::Goal, NodeKind::Outcome, NodeKind::Intervention];

    /// Whether an edge `self -> to` ("contributes to") is allowed.
    pub fn may_contribute_to(self, to: NodeKind) -> bool {
        use NodeKind::*;
        matches!(
            (self, to),
            (Intervention, Outcome)
                | (Outcome, Outcome)
                | (Outcome, Goal)
                | (Intervention, Goal)
                | (Goal, Goal)
        )
    }
}

/// Geographic level of data, finest first: finer data can be aggregated to a coarser need, never
/// the reverse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GeoLevel {
    /// Person or household.
    Person,
    Address,
    /// Buurt.
    Neighbourhood,
    /// Wijk.
    District,
    Municipality,
    Region,
    Country,
}

impl GeoLevel {
    pub const ALL: [GeoLevel; 7] = [
        GeoLevel::Person,
        GeoLevel::Address,
        GeoLevel::Neighbourhood,
        GeoLevel::District,
        GeoLevel::Municipality,
        GeoLevel::Region,
        GeoLevel::Country,
    ];

    /// Data at `self` can answer a need at `needed` (it is as fine or finer).
    pub fn satisfies(self, needed: GeoLevel) -> bool {
        self <= needed
    }
}

/// How often data is measured, most frequent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Frequency {
    Week,
    Month,
    Quarter,
    Year,
}

impl Frequency {
    pub const ALL: [Frequency; 4] = [
        Frequency::Week,
        Frequency::Month,
        Frequency::Quarter,
        Frequency::Year,
    ];

    /// Data measured at `self` can answer a need for `needed` (it is as frequent or more).
    pub fn satisfies(self, needed: Frequency) -> bool {
        self <= needed
    }
}

/// How well the assumption behind an edge is supported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EvidenceLevel {
    #[default]
    None,
    /// Praktijkgericht: experience from practice.
    PracticeBased,
    /// Onderzoeksgericht: research shows it.
    ResearchBased,
}

/// An inclusive range of calendar years; `from <= to` always holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearRange {
    from: i32,
    to: i32,
}

impl YearRange {
    /// Years outside this window are certainly typing errors.
    pub const MIN_YEAR: i32 = 1800;
    pub const MAX_YEAR: i32 = 2200;

    /// `None` when `from > to` or a year is outside `MIN_YEAR..=MAX_YEAR`.
    pub fn new(from: i32, to: i32) -> Option<YearRange> {
        let plausible = |year: i32| (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year);
        (from <= to && plausible(from) && plausible(to)).then_some(YearRange { from, to })
    }

    pub fn from(self) -> i32 {
        self.from
    }

    pub fn to(self) -> i32 {
        self.to
    }

    pub fn contains(self, other: YearRange) -> bool {
        self.from <= other.from && other.to <= self.to
    }

    pub fn overlap(self, other: YearRange) -> Option<YearRange> {
        let from = self.from.max(other.from);
        let to = self.to.min(other.to);
        (from <= to).then_some(YearRange { from, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_edges_are_exactly_the_five_kinds() {
        use NodeKind::*;
        let allowed: Vec<_> = NodeKind::ALL
            .iter()
            .flat_map(|&from| NodeKind::ALL.iter().map(move |&to| (from, to)))
            .filter(|&(from, to)| from.may_contribute_to(to))
            .collect();
        assert_eq!(
            allowed,
            vec![
                (Goal, Goal),
                (Outcome, Goal),
                (Outcome, Outcome),
                (Intervention, Goal),
                (Intervention, Outcome)
            ]
        );
    }

    #[test]
    fn finer_satisfies_coarser_never_the_reverse() {
        assert!(GeoLevel::Neighbourhood.satisfies(GeoLevel::Municipality));
        assert!(!GeoLevel::Municipality.satisfies(GeoLevel::Neighbourhood));
        assert!(GeoLevel::District.satisfies(GeoLevel::District));
        assert!(Frequency::Month.satisfies(Frequency::Year));
        assert!(!Frequency::Year.satisfies(Frequency::Quarter));
    }

    #[test]
    fn year_ranges() {
        assert!(YearRange::new(2024, 2020).is_none());
        assert!(YearRange::new(20, 2020).is_none());
        let a = YearRange::new(2018, 2022).unwrap();
        let b = YearRange::new(2021, 2025).unwrap();
        assert_eq!(a.overlap(b), YearRange::new(2021, 2022));
        assert!(a.overlap(YearRange::new(2023, 2024).unwrap()).is_none());
        assert!(YearRange::new(2010, 2030).unwrap().contains(a));
        assert!(!a.contains(b));
    }
}
