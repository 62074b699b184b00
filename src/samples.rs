//! The examples the app ships ("Voorbeeld openen"): realistic Dutch reasoning lines and a dataset
//! list to check them against. The files are static files of the app (`examples/` next to
//! `index.html`, copied from `assets/examples/`), fetched from the app's own origin when an example
//! is opened, so they do not weigh on every start of the app. Sources and licences are in
//! `assets/examples/README.md`.

use crate::i18n::Lang;

/// One example reasoning line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// Stable key, used in tests and `data-sample` attributes.
    pub key: &'static str,
    title: (&'static str, &'static str),
    summary: (&'static str, &'static str),
    /// The graph file (format "redeneerlijn") in `examples/`; also the name it is saved under.
    pub file_name: &'static str,
}

impl Sample {
    pub fn title(&self, lang: Lang) -> &'static str {
        pick(self.title, lang)
    }

    pub fn summary(&self, lang: Lang) -> &'static str {
        pick(self.summary, lang)
    }
}

fn pick((nl, en): (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

pub const SAMPLES: [Sample; 2] = [
    Sample {
        key: "armoede-gezinnen",
        title: ("Armoede en schulden bij gezinnen", "Poverty and debts among families"),
        summary: (
            "Vroegsignalering, schuldhulp en meedoenregelingen om kinderen uit armoede te helpen.",
            "Early warning, debt assistance and participation schemes to lift children out of poverty.",
        ),
        file_name: "armoede-gezinnen.json",
    },
    Sample {
        key: "eenzaamheid-ouderen",
        title: ("Eenzaamheid onder ouderen", "Loneliness among older residents"),
        summary: (
            "Huisbezoeken, ontmoetingsplekken en maatjes om eenzaamheid bij 65-plussers te verminderen.",
            "Home visits, meeting places and buddies to reduce loneliness among people over 65.",
        ),
        file_name: "eenzaamheid-ouderen.json",
    },
];

/// The example dataset list (format "redeneerlijn-catalog") in `examples/`, which both examples
/// are checked against.
pub const SAMPLE_CATALOG_FILE: &str = "catalogus-voorbeeldgemeente.json";

/// The example workshop (format "redeneerlijn-workshop") in `examples/`, drawn from the first
/// example line and the example dataset list; its values are illustrative (see the README there).
pub const SAMPLE_WORKSHOP_FILE: &str = "workshop-armoede.json";

/// Where the app finds an example file, relative to the page.
pub fn example_url(file_name: &str) -> String {
    format!("examples/{file_name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example file named here exists in `assets/examples/` (which the build copies).
    #[test]
    fn example_files_exist() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
        for file in SAMPLES
            .iter()
            .map(|s| s.file_name)
            .chain([SAMPLE_CATALOG_FILE, SAMPLE_WORKSHOP_FILE])
        {
            assert!(folder.join(file).is_file(), "missing example file {file}");
        }
    }
}
