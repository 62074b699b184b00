//! A small deterministic mutator for fuzzing the importers without extra dependencies: byte
//! flips, truncation, splicing, duplicated fragments, deep nesting, huge numbers, odd unicode and
//! structural JSON edits. Same seed, same inputs.

use serde_json::{json, Value};

/// SplitMix64: tiny, fast, good enough to spread mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e308",
    "1e999",
    "-1e999",
    "18446744073709551616",
    "-9223372036854775809",
    "2.5e-324",
    "0.1",
    "NaN",
    "Infinity",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"é\"",
    "\"𝄞\"",
    "\"\u{202e}\"",
    "\"n0\"",
    "\"n4294967295\"",
    "\"n4294967296\"",
    "\"e1\"",
    "\"\"",
    "\"goal\"",
    "\"outcome\"",
    "\"intervention\"",
    "\"research-based\"",
    "\"neighbourhood\"",
    "\"week\"",
    "\"personal\"",
    "\"format\"",
    "\"version\"",
    "\"redeneerlijn\"",
    "\"redeneerlijn-catalog\"",
    "1",
    "2",
    "3",
    "{\"from\": 2024, \"to\": 2020}",
    "{\"from\": 1799, \"to\": 2201}",
    "{\"x\": 1, \"y\": 2}",
    "\"indicators\"",
    "\"indicator\"",
    "\"layout\"",
    "\"datasets\"",
    "\"nodes\"",
    "\"edges\"",
    "\u{feff}",
    "\u{0}",
    "\t",
    "\n",
    "\\",
    "\"\\\"",
    "ÿ",
];

/// Values that probe the decoder: wrong types, edge-case numbers and ids, words, periods.
fn interesting_value(rng: &mut Rng) -> Value {
    match rng.below(24) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(0),
        3 => json!(-1),
        4 => json!(1e308),
        5 => json!(2024),
        6 => json!(1799),
        7 => json!(u64::MAX),
        8 => json!(""),
        9 => json!("n1"),
        10 => json!("e1"),
        11 => json!("n4294967295"),
        12 => json!("x".repeat(101)),
        13 => json!([]),
        14 => json!({}),
        15 => json!({"from": 2024, "to": 2020}),
        16 => json!({"x": 1.5, "y": -2}),
        17 => json!(2.5),
        18 => json!("goal"),
        19 => json!("neighbourhood"),
        20 => json!(["cbs-85984NED", ""]),
        21 => json!(1),
        22 => json!(3),
        _ => json!("redeneerlijn-catalog"),
    }
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// The `n`-th value of the tree in pre-order.
fn nth_mut<'a>(value: &'a mut Value, n: &mut usize) -> Option<&'a mut Value> {
    if *n == 0 {
        return Some(value);
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().find_map(|item| nth_mut(item, n)),
        Value::Object(map) => map.values_mut().find_map(|item| nth_mut(item, n)),
        _ => None,
    }
}

fn mutate_tree(rng: &mut Rng, root: &mut Value) {
    let mut n = rng.below(count_nodes(root));
    let Some(target) = nth_mut(root, &mut n) else {
        return;
    };
    match (rng.below(5), target) {
        (0, Value::Array(items)) if !items.is_empty() => {
            let at = rng.below(items.len());
            let copy = items[at].clone();
            items.insert(rng.below(items.len() + 1), copy);
        }
        (1, Value::Array(items)) if !items.is_empty() => {
            items.remove(rng.below(items.len()));
        }
        (0, Value::Object(map)) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            map.remove(rng.pick(&keys));
        }
        (1, Value::Object(map)) => {
            let key = if rng.below(2) == 0 {
                "kleur".to_owned()
            } else {
                format!("n{}", rng.below(20))
            };
            map.insert(key, interesting_value(rng));
        }
        (_, target) => *target = interesting_value(rng),
    }
}

fn random_bytes(rng: &mut Rng, len: usize) -> Vec<u8> {
    (0..len).map(|_| rng.next() as u8).collect()
}

/// One mutated input derived from `seeds`: half the time edits of the JSON tree (so the input
/// still parses and reaches the decoder and validator), otherwise edits of the bytes.
pub fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    if rng.below(2) == 0 {
        let seed = rng.pick(seeds);
        if let Ok(mut value) = serde_json::from_slice::<Value>(seed) {
            for _ in 0..1 + rng.below(3) {
                mutate_tree(rng, &mut value);
            }
            let text = if rng.below(2) == 0 {
                serde_json::to_string_pretty(&value)
            } else {
                serde_json::to_string(&value)
            };
            return text.map(String::into_bytes).unwrap_or_default();
        }
    }
    let mut data = rng.pick(seeds).clone();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        apply_one(rng, seeds, &mut data);
    }
    data
}

fn apply_one(rng: &mut Rng, seeds: &[Vec<u8>], data: &mut Vec<u8>) {
    let len = data.len();
    match rng.below(13) {
        0 if len > 0 => {
            let at = rng.below(len);
            data[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            data[at] = rng.next() as u8;
        }
        2 => data.truncate(rng.below(len + 1)),
        3 if len > 0 => {
            let (from, to) = ordered(rng, len);
            data.drain(from..to);
        }
        4 if len > 0 => {
            // Duplicate a fragment of the input in place: repeated keys, items, half objects.
            let (from, to) = ordered(rng, len);
            let fragment = data[from..to].to_vec();
            let at = rng.below(data.len() + 1);
            data.splice(at..at, fragment);
        }
        5 => {
            // Splice: head of this input, tail of another.
            let other = rng.pick(seeds);
            let cut = rng.below(len + 1);
            let other_cut = rng.below(other.len() + 1);
            data.truncate(cut);
            data.extend_from_slice(&other[other_cut..]);
        }
        6 | 7 => {
            let fragment = rng.pick(FRAGMENTS).as_bytes();
            let at = rng.below(len + 1);
            data.splice(at..at, fragment.iter().copied());
        }
        8 => {
            // Replace a JSON value-ish token with a fragment: keeps much of the structure valid.
            let fragment = rng.pick(FRAGMENTS).as_bytes().to_vec();
            if let Some((from, to)) = token_at(data, rng.below(len + 1)) {
                data.splice(from..to, fragment);
            }
        }
        9 => {
            let depth = 1 + rng.below(400);
            let opener = if rng.below(2) == 0 { "[" } else { "{\"a\":" };
            let closer = if opener == "[" { "]" } else { "}" };
            let nested = format!("{}1{}", opener.repeat(depth), closer.repeat(depth));
            let at = rng.below(len + 1);
            data.splice(at..at, nested.into_bytes());
        }
        10 => {
            let digits: String = (0..1 + rng.below(400))
                .map(|i| {
                    if i == 0 {
                        '9'
                    } else {
                        char::from(b'0' + (rng.below(10) as u8))
                    }
                })
                .collect();
            let at = rng.below(len + 1);
            data.splice(at..at, digits.into_bytes());
        }
        11 => {
            let count = 1 + rng.below(16);
            let noise = random_bytes(rng, count);
            let at = rng.below(len + 1);
            data.splice(at..at, noise);
        }
        _ => {
            let ch = char::from_u32(rng.next() as u32 % 0x11_0000).unwrap_or('\u{fffd}');
            let mut buf = [0u8; 4];
            let encoded = ch.encode_utf8(&mut buf).as_bytes().to_vec();
            let at = rng.below(len + 1);
            data.splice(at..at, encoded);
        }
    }
}

fn ordered(rng: &mut Rng, len: usize) -> (usize, usize) {
    let a = rng.below(len + 1);
    let b = rng.below(len + 1);
    (a.min(b), a.max(b))
}

/// The extent of the string literal or bare token around `at`, roughly.
fn token_at(data: &[u8], at: usize) -> Option<(usize, usize)> {
    let is_token = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.' | b'"');
    let mut from = at.min(data.len());
    while from > 0 && is_token(data[from - 1]) {
        from -= 1;
    }
    let mut to = at.min(data.len());
    while to < data.len() && is_token(data[to]) {
        to += 1;
    }
    (from < to).then_some((from, to))
}
