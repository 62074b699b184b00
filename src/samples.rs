//! The examples the app ships ("Voorbeeld openen"): realistic Dutch reasoning lines and a dataset
//! list to check them against. Compiled into the app, so they work offline. Sources and licences
//! are in `assets/examples/README.md`.

use crate::i18n::Lang;

/// One example reasoning line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// Stable key, used in tests and `data-sample` attributes.
    pub key: &'static str,
    title: (&'static str, &'static str),
    summary: (&'static str, &'static str),
    /// The graph file (format "redeneerlijn").
    pub graph: &'static [u8],
    /// The file name it is saved under.
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
        graph: include_bytes!("../assets/examples/armoede-gezinnen.json"),
        file_name: "armoede-gezinnen.json",
    },
    Sample {
        key: "eenzaamheid-ouderen",
        title: ("Eenzaamheid onder ouderen", "Loneliness among older residents"),
        summary: (
            "Huisbezoeken, ontmoetingsplekken en maatjes om eenzaamheid bij 65-plussers te verminderen.",
            "Home visits, meeting places and buddies to reduce loneliness among people over 65.",
        ),
        graph: include_bytes!("../assets/examples/eenzaamheid-ouderen.json"),
        file_name: "eenzaamheid-ouderen.json",
    },
];

/// The example dataset list (format "redeneerlijn-catalog") both examples are checked against.
pub const SAMPLE_CATALOG: &[u8] =
    include_bytes!("../assets/examples/catalogus-voorbeeldgemeente.json");
