#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Data-driven tests over `tests/fixtures/workshop/`: valid workshop and answers files load and
//! write back byte for byte; each broken file gives exactly the problems its `.expected` file
//! lists (`path code` per line, `-` for the file as a whole), in both languages, naming the path.
//! Answers are checked against the example workshop, so answers for another workshop or an older
//! version of its questions are refused. `WORKSHOP_FIXTURES_BLESS=1` rewrites the `.expected`
//! files; review the diff.

mod workshop_support;

use redeneerlijn::i18n::Lang;
use redeneerlijn::io::{
    export_answers, export_workshop, import_answers, import_answers_for, import_workshop,
    MAX_ANSWERS_BYTES, MAX_WORKSHOP_BYTES,
};
use redeneerlijn::workshop::{
    merge_answer_files, summary, summary_html, MergeNoteKind, ParticipantId,
};
use workshop_support::fixture_files::{assert_expected_problems, problem_lines};
use workshop_support::{answer_files, example_workshop, fixture, fixtures, fixtures_dir};

#[test]
fn valid_workshops_load_and_write_back_exactly() {
    let mut checked = 0;
    for (name, bytes) in fixtures("valid") {
        if !name.starts_with("workshop-") {
            continue;
        }
        let loaded = import_workshop(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.notices.is_empty(), "{name}: {:?}", loaded.notices);
        let written = export_workshop(&loaded.workshop).expect("exports");
        assert_eq!(written.as_bytes(), bytes.as_slice(), "{name}");
        checked += 1;
    }
    assert!(checked >= 2);
}

#[test]
fn valid_answers_load_for_their_workshop_and_write_back_exactly() {
    let workshop = example_workshop();
    let files = answer_files();
    assert!(files.len() >= 4);
    for (name, bytes) in files {
        let loaded =
            import_answers_for(&workshop, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.notices.is_empty(), "{name}");
        assert_eq!(
            loaded.answers.answers.len(),
            workshop.questions().len(),
            "{name}"
        );
        let written = export_answers(&loaded.answers).expect("exports");
        assert_eq!(written.as_bytes(), bytes.as_slice(), "{name}");
    }
}

#[test]
fn broken_files_report_exactly_the_expected_problems() {
    let workshop = example_workshop();
    let broken = fixtures("broken");
    assert!(broken.len() >= 15);
    for (name, bytes) in broken {
        let result = if name.starts_with("workshop-") {
            import_workshop(&bytes).map(|_| ())
        } else {
            import_answers_for(&workshop, &bytes).map(|_| ())
        };
        let error = result.expect_err(&name);
        assert_expected_problems(
            &error,
            &fixtures_dir().join("broken"),
            &name,
            "WORKSHOP_FIXTURES_BLESS",
        );
        for (problem, line) in error.problems.iter().zip(error.messages(Lang::Nl)) {
            if !problem.path.is_root() {
                assert!(
                    line.starts_with(&format!("{}: ", problem.path)),
                    "{name}: {line}"
                );
            }
        }
        assert_ne!(error.messages(Lang::Nl), error.messages(Lang::En), "{name}");
    }
}

#[test]
fn answers_for_another_workshop_say_which() {
    let workshop = example_workshop();
    let error = import_answers_for(&workshop, &fixture("broken/answers-other-workshop.json"))
        .expect_err("another workshop");
    assert_eq!(
        error.messages(Lang::En),
        [
            "workshop.id: These answers belong to another workshop (“Eenzaamheid onder ouderen: \
          schatten en toetsen”), not to “Armoede in Voorbeeldstad: schatten en toetsen”."
        ]
    );
    // On their own, without a workshop to compare with, the same answers are a valid file.
    assert!(import_answers(&fixture("broken/answers-other-workshop.json")).is_ok());
    let error = import_answers_for(&workshop, &fixture("broken/answers-changed-questions.json"))
        .expect_err("changed");
    assert!(error.messages(Lang::Nl)[0].starts_with("workshop.fingerprint: Deze antwoorden"));
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let huge = vec![b'x'; MAX_WORKSHOP_BYTES + 1];
    let error = import_workshop(&huge).expect_err("too large");
    assert_eq!(problem_lines(&error), ["- too-large"]);
    assert!(error.messages(Lang::Nl)[0].contains("10.0 MB"));
    let mut answers = fixture("valid/answers-p-81d07e.json");
    answers.resize(MAX_ANSWERS_BYTES + 1, b' ');
    let error = import_answers(&answers).expect_err("too large");
    assert_eq!(problem_lines(&error), ["- too-large"]);
    assert!(error.messages(Lang::En)[0].contains("the limit is 1.0 MB"));
}

#[test]
fn loading_the_same_answers_twice_or_the_same_participant_twice_counts_once() {
    let workshop = example_workshop();
    let mut files: Vec<(String, Vec<u8>)> = answer_files();
    files.push(("kopie.json".into(), fixture("valid/answers-p-81d07e.json")));
    files.push((
        "opnieuw.json".into(),
        fixture("merge/answers-p-81d07e-again.json"),
    ));
    files.push((
        "andere.json".into(),
        fixture("broken/answers-other-workshop.json"),
    ));
    let merged = merge_answer_files(&workshop, &[], &files);
    assert_eq!(merged.answers.len(), 4);
    let notes: Vec<(&str, &str)> = merged
        .notes
        .iter()
        .map(|note| {
            let kind = match &note.kind {
                MergeNoteKind::Refused(_) => "refused",
                MergeNoteKind::DuplicateFile => "duplicate-file",
                MergeNoteKind::DuplicateParticipant => "duplicate-participant",
                MergeNoteKind::Notices(_) => "notices",
            };
            (note.label.as_str(), kind)
        })
        .collect();
    assert_eq!(
        notes,
        [
            ("kopie.json", "duplicate-file"),
            ("opnieuw.json", "duplicate-participant"),
            ("andere.json", "refused")
        ]
    );
    assert!(merged.notes[0].messages(Lang::Nl)[0].starts_with("kopie.json: Dit antwoordenbestand"));
    assert!(merged.notes[2].messages(Lang::En)[0].starts_with("andere.json: workshop.id: "));
    // Loading more later keeps what was loaded and still catches the duplicate.
    let again = merge_answer_files(&workshop, &merged.answers, &files[..1]);
    assert_eq!(again.answers, merged.answers);
    assert_eq!(again.notes.len(), 1);
    assert!(merged
        .answers
        .iter()
        .any(|a| a.participant == ParticipantId("p-81d07e".into())));
}

#[test]
fn html_in_questions_is_shown_as_text() {
    let loaded = import_workshop(&fixture("valid/workshop-html-in-text.json")).expect("loads");
    let workshop = loaded.workshop;
    let page = summary_html(&workshop, &summary(&workshop, &[]), None, Lang::Nl);
    assert!(!page.contains("<script>"), "unescaped script in the page");
    assert!(!page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"));
    assert!(page.contains("Armoede &lt;/title&gt;"));
    assert_eq!(page.matches("<title>").count(), 1, "only the page title");
}

/// A participants' copy reveals nothing before the reveal, reads back as one, and answers made
/// to it count for the trainer's full workshop.
#[test]
fn a_participants_copy_hides_the_reveal_and_its_answers_still_count() {
    use redeneerlijn::workshop::{fingerprint, Answer, Answers, QuestionBody};
    let workshop = example_workshop();
    let copy = workshop.participant_copy();
    let text = export_workshop(&copy).unwrap();
    assert!(text.contains("\"for_participants\": true"));
    for question in workshop.questions() {
        if let QuestionBody::Estimate(estimate) = &question.body {
            let shown = redeneerlijn::workshop::show_number(estimate.value, Lang::En);
            assert!(
                !text.contains(&format!("\"value\": {shown}")) || estimate.value == 0.0,
                "the real value {shown} is in the copy"
            );
        }
    }
    assert!(!text.contains("research-based") && !text.contains("practice-based"));
    let read = import_workshop(text.as_bytes()).unwrap().workshop;
    assert_eq!(read, copy);
    assert!(read.for_participants);
    assert_eq!(fingerprint(&read), fingerprint(&workshop));
    // A participant answers the copy on their own device; the trainer loads the file.
    let mut answers = Answers::new(&read, ParticipantId("p-0a1b2c3d4e5f".into()));
    let first = read.questions().first().unwrap().id;
    answers.answers.insert(first, Answer::Estimate(12.5));
    let file = export_answers(&answers).unwrap();
    assert!(import_answers_for(&workshop, file.as_bytes()).is_ok());
    // The trainer's own file says nothing about participants.
    assert!(!export_workshop(&workshop)
        .unwrap()
        .contains("for_participants"));
}
