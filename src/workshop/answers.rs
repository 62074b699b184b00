//! What one participant answered, and which workshop (and which version of its questions) the
//! answers belong to.

use std::collections::BTreeMap;

use super::model::{QuestionBody, QuestionId, Workshop, WorkshopId};

/// Identity of one participant, made on their device (the UI makes a random one). Anonymous: it
/// says nothing about the person; it only lets the trainer see the same answers loaded twice.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParticipantId(pub String);

/// How sure a participant is that a link holds, 1 (not sure at all) to 5 (very sure).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Confidence(u8);

impl Confidence {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;
    /// From this level up a participant counts as confident (4 "fairly sure", 5 "very sure").
    pub const CONFIDENT: u8 = 4;

    pub fn new(level: u8) -> Option<Confidence> {
        (Self::MIN..=Self::MAX)
            .contains(&level)
            .then_some(Confidence(level))
    }

    pub fn level(self) -> u8 {
        self.0
    }

    /// Every level, lowest first.
    pub fn all() -> impl Iterator<Item = Confidence> {
        (Self::MIN..=Self::MAX).map(Confidence)
    }
}

/// One answer: an estimate for an estimate question, a confidence for an assumption question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// Always finite when read from a file; scoring skips anything else.
    Estimate(f64),
    Confidence(Confidence),
}

/// Which workshop answers belong to: its id, and the fingerprint of the questions as the
/// participant saw them. The title is only there to name the workshop in messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkshopRef {
    pub id: WorkshopId,
    pub fingerprint: Fingerprint,
    pub title: String,
}

impl WorkshopRef {
    pub fn of(workshop: &Workshop) -> WorkshopRef {
        WorkshopRef {
            id: workshop.id.clone(),
            fingerprint: fingerprint(workshop),
            title: workshop.title.clone(),
        }
    }
}

/// The answers of one participant, keyed by question id (never by position).
#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    pub workshop: WorkshopRef,
    pub participant: ParticipantId,
    /// Only when the participant chose to give one.
    pub name: Option<String>,
    pub answers: BTreeMap<QuestionId, Answer>,
}

impl Answers {
    /// An empty answer sheet for `workshop`.
    pub fn new(workshop: &Workshop, participant: ParticipantId) -> Answers {
        Answers {
            workshop: WorkshopRef::of(workshop),
            participant,
            name: None,
            answers: BTreeMap::new(),
        }
    }
}

/// A short digest of what participants answer to: each question's id, kind, text and unit (or
/// the two parts of the link), in order. Real values and sources are left out on purpose: the
/// trainer may correct them after the answers are in without invalidating them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fingerprint(pub String);

/// FNV-1a (64 bit) over the question content, written as 16 lower-case hex digits. Not a
/// security measure (a participant could forge it); it catches mix-ups, which is all it is for.
pub fn fingerprint(workshop: &Workshop) -> Fingerprint {
    let mut hash = Fnv::default();
    for question in workshop.questions() {
        hash.field(&question.id.to_string());
        hash.field(&question.text);
        match &question.body {
            QuestionBody::Estimate(estimate) => {
                hash.field("estimate");
                hash.field(&estimate.unit);
            }
            QuestionBody::Assumption(assumption) => {
                hash.field("assumption");
                hash.field(&assumption.from);
                hash.field(&assumption.to);
            }
        }
    }
    Fingerprint(hex(hash.0))
}

struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// A field and a separator that cannot occur in text, so ("ab", "c") differs from ("a", "bc").
    fn field(&mut self, text: &str) {
        for &byte in text.as_bytes().iter().chain(&[0xFF]) {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

fn hex(value: u64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    (0..16)
        .rev()
        .map(|nibble| {
            let digit = (value >> (nibble * 4)) & 0xF;
            DIGITS.get(digit as usize).map_or('0', |&d| char::from(d))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::model::{EstimateQuestion, Source};

    fn workshop(text: &str, value: f64) -> Workshop {
        let mut workshop = Workshop::new(WorkshopId("w1".into()), "Armoede");
        let body = QuestionBody::Estimate(EstimateQuestion {
            unit: "%".into(),
            value,
            source: Source::Text {
                text: "Illustratief".into(),
                year: None,
            },
            node: None,
        });
        workshop.add(text, body);
        workshop
    }

    #[test]
    fn the_fingerprint_follows_what_participants_see() {
        let first = fingerprint(&workshop("Hoeveel procent?", 9.4));
        assert_eq!(first.0.len(), 16);
        assert_eq!(first, fingerprint(&workshop("Hoeveel procent?", 12.0)));
        assert_ne!(first, fingerprint(&workshop("Hoeveel procent ?", 9.4)));
        assert_eq!(hex(0xAB), "00000000000000ab");
    }

    #[test]
    fn confidence_is_one_to_five() {
        assert!(Confidence::new(0).is_none() && Confidence::new(6).is_none());
        assert_eq!(Confidence::all().map(Confidence::level).sum::<u8>(), 15);
    }
}
